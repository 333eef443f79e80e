import Foundation
import GRDB
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import TestSupport
import Testing
import UtdelningKit
import Vocabulary

@testable import Server

/// Who may read and post what: every volunteer route, asked with each kind of link, in
/// process against a real planned district.
@Suite(.serialized)
struct AccessMatrixTests {
    static let form: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]

    static func tick(stop: Int = 1, action: String = "delivered", report: String) -> ByteBuffer {
        ByteBuffer(string: "version=1&stop=\(stop)&action=\(action)&report=\(report)")
    }

    /// The routes under one area, GET and POST, with what each answers to its own link.
    static func areaRoutes(_ token: String, _ area: AreaID) -> [(HTTPRequest.Method, String, ByteBuffer?)] {
        let base = "/v/\(token)/areas/\(area)"
        return [(.get, base, nil), (.get, base + "/map.json", nil), (.get, base + "?stop=2", nil), (.post, base + "/report", tick(report: "matrix-\(area)-\(token.prefix(6))"))]
    }

    @Test func aVolunteerReadsAndTicksTheirOwnAreaAndNoOneElses() async throws {
        let d = try PlannedDistrict()
        let app = try WebServer.application(district: d.district)
        try await app.test(.router) { client in
            try await client.execute(uri: "/v/\(d.anna.token)", method: .get) { response in
                #expect(response.status == .ok)
                let page = String(buffer: response.body)
                #expect(page.contains("Område \(d.anna.area)"))
                #expect(!page.contains("Område \(d.bo.area)"))
            }
            for (method, uri, body) in Self.areaRoutes(d.anna.token, d.anna.area) {
                try await client.execute(uri: uri, method: method, headers: Self.form, body: body) { response in
                    #expect([.ok, .seeOther].contains(response.status), "\(method) own area")
                }
            }
            // The area's printable sheet, drawn by the use case of `utdelning sheets --area`.
            try await client.execute(uri: "/v/\(d.anna.token)/areas/\(d.anna.area)/sheet.pdf", method: .get) { response in
                #expect(response.status == .ok && response.headers[.contentType] == "application/pdf")
                #expect(String(buffer: response.body).hasPrefix("%PDF"))
            }
            try await client.execute(uri: "/v/\(d.anna.token)/areas/\(d.bo.area)/sheet.pdf", method: .get) { response in
                #expect(response.status == .notFound)
            }
            // Bo's area through Anna's link: as if it did not exist, reading and posting alike.
            for (method, uri, body) in Self.areaRoutes(d.anna.token, d.bo.area) {
                try await client.execute(uri: uri, method: method, headers: Self.form, body: body) { response in
                    #expect(response.status == .notFound, "\(method) \(uri.replacingOccurrences(of: d.anna.token, with: "A"))")
                }
            }
        }
        #expect(try d.district.areaWalk(d.bo.area).householdsDone == 0, "nothing was recorded in Bo's area")
    }

    /// Every answer, a page, a file, JSON or a refusal, says nosniff and no-referrer.
    @Test func everyAnswerCarriesTheSecurityHeaders() async throws {
        let d = try PlannedDistrict()
        try await WebServer.application(district: d.district).test(.router) { client in
            for uri in ["/v/\(d.anna.token)", "/v/\(d.anna.token)/areas/\(d.anna.area)/map.json", "/static/phone.js", "/v/AAAAAAAAAAAAAAAAAAAAAA", "/nowhere", "/login"] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.headers[.xContentTypeOptions] == "nosniff", "\(uri.suffix(10))")
                    #expect(response.headers[HTTPField.Name("Referrer-Policy")!] == "no-referrer", "\(uri.suffix(10))")
                }
            }
        }
    }

    @Test func anAreaLinkOpensItsAreaAloneAndAnUnknownTokenNothing() async throws {
        let d = try PlannedDistrict()
        let token = try #require(d.areaTokens[d.bo.area])
        let other = try #require(d.areaTokens.keys.filter { $0 != d.bo.area }.min())
        let app = try WebServer.application(district: d.district)
        try await app.test(.router) { client in
            try await client.execute(uri: "/v/\(token)", method: .get) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == "/v/\(token)/areas/\(d.bo.area)")
            }
            for (method, uri, body) in Self.areaRoutes(token, d.bo.area) {
                try await client.execute(uri: uri, method: method, headers: Self.form, body: body) { response in
                    #expect([.ok, .seeOther].contains(response.status))
                }
            }
            for area in [other, d.anna.area, AreaID(rawValue: 999_999)] {
                for (method, uri, body) in Self.areaRoutes(token, area) {
                    try await client.execute(uri: uri, method: method, headers: Self.form, body: body) { response in
                        #expect(response.status == .notFound)
                    }
                }
            }
            // A stop that is not on the sheet is not there either.
            try await client.execute(uri: "/v/\(token)/areas/\(d.bo.area)/report", method: .post, headers: Self.form, body: Self.tick(stop: 9_999, report: "nostop-001")) { response in
                #expect(response.status == .notFound)
            }
            for uri in ["/v/AAAAAAAAAAAAAAAAAAAAAA", "/v/short", "/v/AAAAAAAAAAAAAAAAAAAAAA/areas/\(d.bo.area)"] {
                try await client.execute(uri: uri, method: .get) { response in #expect(response.status == .notFound) }
            }
        }
    }

    @Test func revokedAndExpiredLinksAreRefusedWithWhomToAsk() async throws {
        let d = try PlannedDistrict()
        let annaLink = try #require(d.listing.links.first { $0.name == "Anna" })
        try d.district.revokeLink(id: annaLink.id)
        let app = try WebServer.application(district: d.district)
        try await app.test(.router) { client in
            try await client.execute(uri: "/v/\(d.anna.token)", method: .get) { response in
                #expect(response.status == .gone)
                #expect(String(buffer: response.body).contains("återkallad"))
                #expect(!String(buffer: response.body).contains("Område"))
            }
            try await client.execute(uri: "/v/\(d.anna.token)/areas/\(d.anna.area)/report", method: .post, headers: Self.form, body: Self.tick(report: "revoked-01")) { response in
                #expect(response.status == .gone)
            }
            try await client.execute(uri: "/v/\(d.bo.token)", method: .get) { response in #expect(response.status == .ok, "Bo's link stays open") }
        }
        #expect(try d.district.areaWalk(d.anna.area).householdsDone == 0)

        let config = try DistrictConfig.load(path: PlannedDistrict.configFile(expires: "2020-01-31"))
        let expired = try District(serving: d.district.databasePath, config: config)
        try await WebServer.application(district: expired).test(.router) { client in
            try await client.execute(uri: "/v/\(d.bo.token)/areas/\(d.bo.area)", method: .get) { response in
                #expect(response.status == .gone)
                let page = String(buffer: response.body)
                #expect(page.contains("gått ut") && page.contains("2020-01-31") && page.contains("Karin Styrelse"))
            }
        }
    }

    /// The staff's routes, asked by no one, by a volunteer's link sent as if it were a session,
    /// by the board and by a coordinator: only a coordinator's session opens /coordinator.
    @Test func onlyACoordinatorsSessionOpensTheCoordinatorsRoutes() async throws {
        let d = try PlannedDistrict(config: StaffClient.httpsConfig())
        try StaffClient.addUsers(d.district)
        let anna = try #require(d.listing.links.first { $0.name == "Anna" })
        let volunteer = try #require(anna.volunteer)
        let routes: [(HTTPRequest.Method, String)] = [
            (.get, "/coordinator"), (.post, "/coordinator/volunteers/\(volunteer)/renew"), (.post, "/coordinator/links/\(anna.id)/revoke"),
        ] + Self.consoleRoutes(d.anna.area) + Self.volunteerRoutes(volunteer) + Self.dataRoutes
        try await WebServer.application(district: d.district).test(.router) { client in
            var nobody = StaffClient(client)
            var link = StaffClient(client)
            link.cookies = [StaffDoor.sessionCookie: d.anna.token]
            link.csrf = d.anna.token
            var board = StaffClient(client)
            #expect(try await board.logIn("Dag").headers[.location] == "/board")
            board.csrf = try Self.formToken(of: "Dag", d)
            for (method, uri) in routes {
                for caller in [nobody, link] {
                    var caller = caller
                    let response = method == .get ? try await caller.send(method, uri) : try await caller.post(uri)
                    #expect(response.status == .seeOther && response.headers[.location] == "/login", "\(method) \(uri) without a session")
                }
                let refused = method == .get ? try await board.send(method, uri) : try await board.post(uri)
                #expect(refused.status == .forbidden, "\(method) \(uri) as the board")
                #expect(String(buffer: refused.body).contains("Ingen behörighet"))
            }
            #expect(try await client.execute(uri: "/v/\(d.anna.token)", method: .get).status == .ok, "nothing renewed or revoked")
            #expect(try d.district.areas().areas.first { $0.id == d.anna.area }.map { !$0.locked && $0.volunteer != nil } == true, "nothing locked or unassigned")
            #expect(try ConsoleTests.auditText(d).isEmpty, "no change, no audit row")
            #expect(try d.deliveryRecords() == 0, "no sheet recorded")
            #expect(try d.district.volunteers().map(\.capacityAreas) == [2, 2], "no one edited or forgotten")

            var coordinator = StaffClient(client)
            try await coordinator.logIn("Cecilia")
            // The console's changes pass the door and are refused by the handler: the form has no revision.
            // The volunteer's edit without a revision and forgetting without the confirmation are refused too.
            let expected: [HTTPResponse.Status] = [.ok, .ok, .seeOther] + [.ok, .ok, .ok, .ok, .ok, .ok, .ok, .ok] + Array(repeating: .badRequest, count: 5) + [.ok]
                + [.ok, .ok, .ok, .ok, .ok] + [.badRequest, .badRequest]
                + [.ok, .notFound, .notFound, .notFound] + [.badRequest, .badRequest, .badRequest]
            #expect(routes.count == expected.count)
            for ((method, uri), status) in zip(routes, expected) {
                let response = method == .get ? try await coordinator.send(method, uri) : try await coordinator.post(uri)
                #expect(response.status == status, "\(method) \(uri) as a coordinator")
            }
            // The log-in page is everyone's; a session is sent to its start page.
            #expect(try await nobody.send(.get, "/login").status == .ok)
            #expect(try await coordinator.send(.get, "/login").headers[.location] == "/coordinator")
            for file in ["/static/staff.css", "/static/staff.js"] { #expect(try await nobody.send(.get, file).status == .ok) }
            // Log-out is a post of the session like any other: without its token, refused.
            #expect(try await board.send(.post, "/logout", form: [:]).status == .forbidden)
            #expect(try await nobody.post("/logout").headers[.location] == "/login")
            #expect(try await board.post("/logout").status == .seeOther)
            #expect(try await board.send(.get, "/coordinator").headers[.location] == "/login")
        }
    }

    /// The coordinator's console: its pages, then its changes by hand.
    static func consoleRoutes(_ area: AreaID) -> [(HTTPRequest.Method, String)] {
        let base = "/coordinator/areas/\(area)"
        return [(.get, "/coordinator/areas"), (.get, base), (.get, base + "/map.json"), (.get, base + "/sheet.pdf"), (.get, "/coordinator/audit")]
            + [(.get, "/coordinator/printrun"), (.get, "/coordinator/printrun.csv"), (.get, "/coordinator/sheets.pdf?association=V%C3%A4rmland")]
            + ["lock", "unlock", "assign", "unassign", "deliver"].map { (.post, base + "/" + $0) }
            + [(.post, "/coordinator/assign")]
    }

    /// The console's volunteers and the board's report: pages, then the edit and the forget.
    static func volunteerRoutes(_ volunteer: VolunteerID) -> [(HTTPRequest.Method, String)] {
        let base = "/coordinator/volunteers/\(volunteer)"
        return [(.get, "/coordinator/volunteers"), (.get, base), (.get, base + "/forget"), (.get, "/coordinator/report.pdf"), (.get, "/coordinator/report.html")]
            + [(.post, base), (.post, base + "/forget")]
    }

    /// The data page: its pages (no job 1 yet, no boundary file waiting), then an upload
    /// that is not one, a name property not chosen, and a plan without its way of planning.
    static let dataRoutes: [(HTTPRequest.Method, String)] = [
        (.get, "/coordinator/data"), (.get, "/coordinator/jobs/1"), (.get, "/coordinator/jobs/1/progress.json"), (.get, "/coordinator/boundaries/none"),
        (.post, "/coordinator/upload/osm"), (.post, "/coordinator/boundaries/none"), (.post, "/coordinator/plan"),
    ]

    /// The form token a user's session holds, read where the server keeps it.
    static func formToken(of name: String, _ d: PlannedDistrict) throws -> String {
        let data = try DatabaseQueue(path: d.district.databasePath).read { db in
            try Data.fetchOne(db, sql: "SELECT s.data FROM staffSession s JOIN staffUser u ON u.id = s.userId WHERE u.name = ?", arguments: [name])
        }
        return try JSONDecoder().decode(StaffSession.self, from: try #require(data)).csrf
    }

    /// The board's door: its link opens the board's routes and nothing else, no other link
    /// opens them, and nothing under them takes a POST.
    @Test func aBoardLinkOpensTheBoardAloneAndNoOtherLinkOpensIt() async throws {
        let d = try PlannedDistrict()
        let board = try #require(try d.district.issueBoardLink(publicURL: PlannedDistrict.publicURL).links.first)
        let token = String(board.url.split(separator: "/").last ?? "")
        let areaToken = try #require(d.areaTokens[d.bo.area])
        try await WebServer.application(district: d.district).test(.router) { client in
            for uri in BoardTests.routes(token) {
                try await client.execute(uri: uri, method: .get) { response in #expect(response.status == .ok, "\(uri.suffix(12))") }
                for method in [HTTPRequest.Method.post, .put, .delete] {
                    try await client.execute(uri: uri, method: method, headers: Self.form, body: Self.tick(report: "board-post-1")) { response in
                        #expect([.notFound, .methodNotAllowed].contains(response.status), "\(method) \(uri.suffix(12))")
                    }
                }
            }
            // A board link reaches no volunteer's door: not the list, no area, no tick.
            try await client.execute(uri: "/v/\(token)", method: .get) { response in #expect(response.status == .notFound) }
            for (method, uri, body) in Self.areaRoutes(token, d.anna.area) {
                try await client.execute(uri: uri, method: method, headers: Self.form, body: body) { response in
                    #expect(response.status == .notFound, "\(method) board link at an area")
                }
            }
            // A volunteer's link, an area's link and a token no link has get nothing at /b/.
            for other in [d.anna.token, areaToken, "AAAAAAAAAAAAAAAAAAAAAA", "short"] {
                for uri in BoardTests.routes(other) {
                    try await client.execute(uri: uri, method: .get) { response in #expect(response.status == .notFound) }
                }
            }
        }
        #expect(try d.deliveryRecords() == 0)
    }
}
