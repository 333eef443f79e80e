import Foundation
import GRDB
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import UtdelningKit
import Vocabulary

@testable import Server

/// What a phone needs to work with no signal: a copy of its link's pages, and ticks sent
/// from its queue later, each with its own id and the time it was made.
@Suite(.serialized)
struct OfflineTests {
    static let json: HTTPFields = [.contentType: "application/x-www-form-urlencoded", .accept: "application/json"]

    @Test func aTickSentLateFromTheQueueKeepsThePhonesTimeAndIsAnsweredInJSON() async throws {
        let d = try PlannedDistrict()
        let uri = "/v/\(d.anna.token)/areas/\(d.anna.area)/report"
        let madeAt = Date().addingTimeInterval(-3 * 3600)
        // As the phone's queue sends it: JSON.
        let body = #"{"version":1,"stop":1,"action":"delivered","report":"pQueued000000001","at":\#(Int(madeAt.timeIntervalSince1970 * 1000))}"#
        let queue: HTTPFields = [.contentType: "application/json", .accept: "application/json"]
        try await WebServer.application(district: d.district).test(.router) { client in
            for expected in [(1, 0), (0, 1)] {
                try await client.execute(uri: uri, method: .post, headers: queue, body: ByteBuffer(string: body)) { response in
                    #expect(response.status == .ok)
                    let answer = try JSONDecoder().decode(DeliveryReport.self, from: Data(buffer: response.body))
                    #expect((answer.recorded, answer.repeated) == expected, "sent twice after a lost answer: recorded once")
                }
            }
            // A phone whose clock runs ahead: its tick is taken as made now, not tomorrow.
            let ahead = Int(Date().addingTimeInterval(86_400).timeIntervalSince1970 * 1000)
            try await client.execute(
                uri: uri, method: .post, headers: Self.json, body: ByteBuffer(string: "version=1&stop=2&action=skip-locked&report=pQueued000000002&at=\(ahead)")
            ) { response in #expect(response.status == .ok) }
        }
        let parsed = try Self.reportTimes(d).compactMap { try? Date($0, strategy: .iso8601) }
        #expect(parsed.count == 2)
        #expect(abs(parsed[0].timeIntervalSince(madeAt)) < 2, "the tick's own time, three hours ago")
        #expect(parsed[1] <= Date(), "never in the future")
    }

    static func reportTimes(_ d: PlannedDistrict) throws -> [String] {
        try DatabaseQueue(path: d.district.databasePath).read { db in try String.fetchAll(db, sql: "SELECT reportedAt FROM delivery ORDER BY id") }
    }

    @Test func aLinksOfflineCopyHoldsItsOwnAreasAndNothingElse() async throws {
        let d = try PlannedDistrict()
        let areaToken = try #require(d.areaTokens[d.bo.area])
        try await WebServer.application(district: d.district).test(.router) { client in
            try await client.execute(uri: "/v/\(d.anna.token)/offline.json", method: .get) { response in
                #expect(response.status == .ok)
                let copy = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any]
                let urls = try #require(copy?["urls"] as? [String])
                let base = "/v/\(d.anna.token)"
                #expect(urls.contains(base) && urls.contains("\(base)/areas/\(d.anna.area)") && urls.contains("\(base)/areas/\(d.anna.area)/map.json"))
                #expect(!urls.contains { $0.contains("/areas/\(d.bo.area)") })
                #expect(urls.contains("/static/leaflet/leaflet.js") && !urls.contains { $0.hasSuffix(".pdf") })
                // Every page the copy lists is there to be kept.
                for url in urls {
                    try await client.execute(uri: url, method: .get) { kept in #expect(kept.status == .ok, "\(url.replacingOccurrences(of: d.anna.token, with: "A"))") }
                }
            }
            try await client.execute(uri: "/v/\(areaToken)/offline.json", method: .get) { response in
                let text = String(buffer: response.body)
                #expect(text.contains("/areas/\(d.bo.area)") && !text.contains("/areas/\(d.anna.area)"))
                // Its start page is a redirect to the area: kept as one, not fetched.
                #expect(text.contains("\"redirects\":{\"/v/\(areaToken)\":\"/v/\(areaToken)/areas/\(d.bo.area)\"}"))
                #expect(!text.contains("\"/v/\(areaToken)\","))
            }
            try await client.execute(uri: "/v/\(d.anna.token)/sw.js", method: .get) { response in
                #expect(response.status == .ok && response.headers[.contentType]?.hasPrefix("text/javascript") == true)
                #expect(response.headers[HTTPField.Name("Service-Worker-Allowed")!] == "/v/\(d.anna.token)")
            }
            for uri in ["/v/AAAAAAAAAAAAAAAAAAAAAA/offline.json", "/v/AAAAAAAAAAAAAAAAAAAAAA/sw.js"] {
                try await client.execute(uri: uri, method: .get) { response in #expect(response.status == .notFound) }
            }
        }
        // A revoked link's worker finds 410 and deletes the phone's copy.
        try d.district.revokeLink(id: try #require(d.listing.links.first { $0.name == "Anna" }).id)
        try await WebServer.application(district: d.district).test(.router) { client in
            for uri in ["/v/\(d.anna.token)/offline.json", "/v/\(d.anna.token)/sw.js"] {
                try await client.execute(uri: uri, method: .get) { response in #expect(response.status == .gone) }
            }
        }
    }

    /// The queue and the offline copy belong to a phone's link: the board's page has neither.
    @Test func onlyThePhonesPagesCarryTheQueue() async throws {
        let d = try PlannedDistrict()
        let board = try #require(try d.district.issueBoardLink(publicURL: PlannedDistrict.publicURL).links.first)
        let boardPath = "/b/" + String(board.url.split(separator: "/").last ?? "")
        try await WebServer.application(district: d.district).test(.router) { client in
            for uri in ["/v/\(d.anna.token)", "/v/\(d.anna.token)/areas/\(d.anna.area)"] {
                let page = String(buffer: try await client.execute(uri: uri, method: .get).body)
                #expect(page.contains("/static/ticks.js") && page.contains("data-base=\"/v/\(d.anna.token)\"") && page.contains("id=\"unsent\""))
            }
            let page = String(buffer: try await client.execute(uri: boardPath, method: .get).body)
            #expect(page.contains("board.js") && !page.contains("ticks.js") && !page.contains("data-base") && !page.contains("unsent"))
        }
    }

    @Test func anAreasMapFromTheCacheIsTheMapDrawnAfresh() async throws {
        let d = try PlannedDistrict()
        let first = try d.district.areaWalk(d.anna.area)
        let again = try d.district.areaWalk(d.anna.area)
        #expect(first.line == again.line && first.outline == again.outline && first.streets == again.streets)
        #expect(first.line.count > 1 && !first.streets.isEmpty)
        // A fresh district object draws without the cache: the same drawing.
        let fresh = try District(serving: d.district.databasePath, config: d.district.config).areaWalk(d.anna.area)
        #expect(fresh.line == first.line && fresh.outline == first.outline)
    }
}
