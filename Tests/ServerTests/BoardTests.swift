import Foundation
import Hummingbird
import HummingbirdTesting
import Rendering
import TestSupport
import Testing
import UtdelningKit
import Vocabulary

@testable import Server

/// The board's dashboard behind a board link: the district's figures from the same use case
/// and the same bytes as `utdelning coverage`, and no volunteer in any of it.
@Suite(.serialized)
struct BoardTests {
    /// The planned district with Värmland's contact person, a few reports (Anna's name as the
    /// reporter of one) and a board link.
    struct Reported {
        let d: PlannedDistrict
        let configPath: String
        let token: String
        let linkID: Int64

        init(expires: String? = nil) throws {
            configPath = PlannedDistrict.configFile(expires: expires)
            d = try PlannedDistrict(config: try DistrictConfig.load(path: configPath))
            _ = try d.district.deliver(area: d.anna.area, stops: .stops(["1-2"]), outcome: .delivered, by: "Anna")
            _ = try d.district.deliver(area: d.bo.area, stops: .stops(["1"]), outcome: .skipped(.locked), by: nil)
            let link = try #require(try d.district.issueBoardLink(publicURL: PlannedDistrict.publicURL).links.first)
            #expect(link.kind == "board" && link.url.hasPrefix(PlannedDistrict.publicURL + "/b/"))
            token = String(link.url.split(separator: "/").last ?? "")
            linkID = link.id
        }

        /// The real executable on the same database and configuration, as the coordinator runs it.
        func utdelning(_ arguments: [String]) throws -> String {
            let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("utdelning").path
            let candidates = [beside, Fixtures.root.appendingPathComponent(".build/debug/utdelning").path]
            let executable = try #require(candidates.first { FileManager.default.isExecutableFile(atPath: $0) }, "build the utdelning product first")
            let run = try Fixtures.run(executable, arguments + ["--db", d.district.databasePath, "--config", configPath])
            #expect(run.code == 0, "\(run.err)")
            return run.out
        }
    }

    static func routes(_ token: String) -> [String] {
        ["/b/\(token)", "/b/\(token)/board.json", "/b/\(token)/coverage.csv", "/b/\(token)/progress.svg", "/b/\(token)/map.json"]
    }

    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// The same JSON value written the same way, whatever the spacing and key order it came in.
    static func canonical(_ value: Any?) throws -> String {
        let value = try #require(value)
        return String(decoding: try JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .fragmentsAllowed]), as: UTF8.self)
    }

    @Test func theDashboardShowsTheDistrictEachAssociationWithItsContactAndTheSkips() async throws {
        let r = try Reported()
        let coverage = try r.d.district.coverage()
        #expect(coverage.delivered > 0 && coverage.skippedByReason["locked", default: 0] > 0)
        try await WebServer.application(district: r.d.district).test(.router) { client in
            try await client.execute(uri: "/b/\(r.token)", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentSecurityPolicy]?.contains("default-src 'self'") == true)
                let page = String(buffer: response.body)
                #expect(page.contains(BoardReport.percent(coverage.coverage)))
                #expect(page.contains(BoardView.figures(delivered: coverage.delivered, households: coverage.households)))
                #expect(page.contains("data-association=\"Värmland\"") && page.contains("Kontakt: Karin Styrelse"))
                #expect(page.contains("<span class=\"label\">Låst</span> <span class=\"count\">\(coverage.skippedByReason["locked", default: 0])</span>"))
                // How long ago depends on how long the set-up took (minutes on a loaded machine).
                #expect(page.contains("Senaste rapport för ") && page.contains(" sedan"))
                #expect(page.contains("data-src=\"/b/\(r.token)/board.json\"") && page.contains("src=\"/b/\(r.token)/progress.svg\""))
                // Scripts only from this server, none inline; nothing from another host.
                #expect(page.components(separatedBy: "<script").dropFirst().allSatisfy { $0.hasPrefix(" src=\"/static/") })
                #expect(page.contains("<script src=\"/static/board.js\"></script>") && !page.contains("phone.js"))
                #expect(!page.contains("http://") && !page.contains("https://"))
            }
            for file in ["/static/board.js", "/static/board.css"] {
                try await client.execute(uri: file, method: .get) { response in #expect(response.status == .ok) }
            }
            try await client.execute(uri: "/b/\(r.token)/progress.svg", method: .get) { response in
                #expect(response.headers[.contentType] == "image/svg+xml" && String(buffer: response.body).hasPrefix("<svg"))
            }
            try await client.execute(uri: "/b/\(r.token)/map.json", method: .get) { response in
                let map = try Self.json(String(buffer: response.body))
                let areas = try #require(map["areas"] as? [[String: Any]])
                #expect(areas.count == coverage.areas.count && areas.allSatisfy { (($0["line"] as? [Any])?.count ?? 0) >= 1 })
                #expect(((map["roads"] as? [Any])?.count ?? 0) > 0, "the major roads, for bearings")
            }
        }
    }

    /// The figures are `utdelning coverage`'s, from the same use case: the JSON's coverage is
    /// the command's `--by area --format json`, the download its `--format csv`, byte for byte.
    @Test func theFiguresAreTheCoverageCommandsJSONAndCSV() async throws {
        let r = try Reported()
        let byArea = try Self.canonical(try Self.json(try r.utdelning(["coverage", "--by", "area", "--format", "json"])))
        let byAssociation = try Self.canonical(try Self.json(try r.utdelning(["coverage", "--format", "json"]))["associations"])
        let csv = try r.utdelning(["coverage", "--format", "csv"])
        try await WebServer.application(district: r.d.district).test(.router) { client in
            try await client.execute(uri: "/b/\(r.token)/board.json", method: .get) { response in
                #expect(response.headers[.contentType] == "application/json" && response.headers[.cacheControl] == "no-store")
                let board = try Self.json(String(buffer: response.body))
                let coverage = try #require(board["coverage"] as? [String: Any])
                #expect(try Self.canonical(coverage) == byArea)
                #expect(try Self.canonical(coverage["associations"]) == byAssociation)
                #expect((coverage["delivered"] as? Int ?? 0) > 0)
                // Minutes since the set-up's reports: more than none on a loaded machine.
                #expect((board["updatedLine"] as? String)?.hasPrefix("Senaste rapport för ") == true)
                #expect((board["forecastLine"] as? String)?.contains("Valdagen") == true)
            }
            try await client.execute(uri: "/b/\(r.token)/coverage.csv", method: .get) { response in
                #expect(response.headers[.contentType] == "text/csv; charset=utf-8")
                #expect(String(buffer: response.body) == csv)
                #expect(csv.hasPrefix("\u{FEFF}förening;hushåll;utdelat;") && csv.contains("Karin Styrelse"))
            }
        }
    }

    @Test func noBoardResponseNamesAVolunteerOrTheirContactDetails() async throws {
        let r = try Reported()
        #expect(try r.d.district.volunteers().contains { $0.email == "anna.ek@example.org" }, "the fixture holds what must not be shown")
        try await WebServer.application(district: r.d.district).test(.router) { client in
            for uri in Self.routes(r.token) {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .ok, "\(uri)")
                    let body = String(buffer: response.body)
                    for secret in PlannedDistrict.personalData + ["Bo"] {
                        let found = secret == "Bo" ? body.contains(">Bo<") || body.contains("\"Bo\"") : body.contains(secret)
                        #expect(!found, "\(secret) in \(uri.replacingOccurrences(of: r.token, with: "T"))")
                    }
                }
            }
        }
    }

    @Test func aRevokedOrExpiredBoardLinkGetsA410PageAndNoFigures() async throws {
        let r = try Reported()
        try r.d.district.revokeLink(id: r.linkID)
        try await WebServer.application(district: r.d.district).test(.router) { client in
            for uri in Self.routes(r.token) {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .gone, "\(uri)")
                    let page = String(buffer: response.body)
                    #expect(page.contains("återkallad") && page.contains("distriktets samordnare"))
                    #expect(!page.contains("Värmland") && !page.contains("%"))
                }
            }
        }
        let late = try Reported(expires: "2020-01-31")
        try await WebServer.application(district: late.d.district).test(.router) { client in
            try await client.execute(uri: "/b/\(late.token)/board.json", method: .get) { response in
                #expect(response.status == .gone)
                #expect(String(buffer: response.body).contains("gått ut") && String(buffer: response.body).contains("2020-01-31"))
            }
        }
    }

    /// The same pages behind a session: a board member or a coordinator logged in reads them
    /// at /board; no one else does, and a board link's token as a cookie is no session.
    @Test func theBoardReadsTheSamePagesAtBoardAfterLoggingIn() async throws {
        let r = try Reported()
        try StaffClient.addUsers(r.d.district)
        try await WebServer.application(district: r.d.district).test(.router) { client in
            var nobody = StaffClient(client)
            for uri in ["/board", "/board/board.json", "/board/coverage.csv"] {
                let response = try await nobody.send(.get, uri)
                #expect(response.status == .seeOther && response.headers[.location]?.hasPrefix("/login") == true, "\(uri)")
            }
            for name in ["Dag", "Cecilia"] {
                var staff = StaffClient(client)
                try await staff.logIn(name)
                let page = try await staff.send(.get, "/board")
                #expect(page.status == .ok, "\(name)")
                let text = String(buffer: page.body)
                #expect(text.contains("data-src=\"/board/board.json\"") && text.contains("href=\"/board/coverage.csv\""))
                #expect(try await staff.send(.get, "/board/board.json").status == .ok)
                #expect(try await staff.send(.post, "/board/board.json", form: ["csrf": staff.csrf ?? ""]).status != .ok, "the board posts nothing")
            }
        }
    }

    @Test func theUpdatedLineSaysHowLongAgoInWords() {
        #expect(BoardJSON.updatedLine(minutes: nil) == "Ingen rapport än")
        #expect(BoardJSON.updatedLine(minutes: 1) == "Senaste rapport för 1 minut sedan")
        #expect(BoardJSON.updatedLine(minutes: 45) == "Senaste rapport för 45 minuter sedan")
        #expect(BoardJSON.updatedLine(minutes: 185) == "Senaste rapport för 3 timmar sedan")
        #expect(BoardJSON.updatedLine(minutes: 3 * 24 * 60) == "Senaste rapport för 3 dagar sedan")
    }
}
