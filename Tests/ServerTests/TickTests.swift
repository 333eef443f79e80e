import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import UtdelningKit
import Vocabulary

@testable import Server

/// Ticks from the phone page go through the delivery use case of `utdelning deliver`, and
/// the board's coverage reads them from the same records.
@Suite(.serialized)
struct TickTests {
    @Test func theSameTickSentTwiceIsRecordedOnceAndCoverageCountsIt() async throws {
        let d = try PlannedDistrict()
        let before = try d.district.coverage()
        let walk = try d.district.areaWalk(d.anna.area)
        let uri = "/v/\(d.anna.token)/areas/\(d.anna.area)/report"
        try await WebServer.application(district: d.district).test(.router) { client in
            for _ in 0..<2 {
                try await client.execute(uri: uri, method: .post, headers: AccessMatrixTests.form, body: AccessMatrixTests.tick(stop: 1, report: "tick-once-1")) { response in
                    #expect(response.status == .seeOther)
                }
            }
            // Undo it, then send the first tick again (a queue replayed late): it stays undone.
            try await client.execute(uri: uri, method: .post, headers: AccessMatrixTests.form, body: AccessMatrixTests.tick(stop: 1, action: "undo", report: "undo-once-1")) { response in
                #expect(response.status == .seeOther)
            }
            try await client.execute(uri: uri, method: .post, headers: AccessMatrixTests.form, body: AccessMatrixTests.tick(stop: 1, report: "tick-once-1")) { _ in }
            #expect(try d.district.areaWalk(d.anna.area).stops[0].state == .open)
            // A new tick with its own id counts, and the board sees it.
            try await client.execute(uri: uri, method: .post, headers: AccessMatrixTests.form, body: AccessMatrixTests.tick(stop: 1, report: "tick-again-2")) { _ in }
            try await client.execute(uri: uri, method: .post, headers: AccessMatrixTests.form, body: AccessMatrixTests.tick(stop: 2, action: "skip-locked", report: "skip-two-3")) { _ in }
        }
        let records = try d.deliveryRecords()
        #expect(records == 3, "tick, tick again, skip: the repeats and the replay wrote nothing")
        let after = try d.district.coverage()
        #expect(after.delivered == before.delivered + walk.stops[0].papers)
        #expect(after.skippedByReason["locked"] == walk.stops[1].papers)
        let now = try d.district.areaWalk(d.anna.area)
        #expect(now.householdsDone == walk.stops[0].papers)
        #expect(now.nextStop == 3)
    }

    /// The command line opens its own pool on the same file while the server writes: SQLite's
    /// WAL with a busy timeout lets each wait its turn, so neither sees "database is locked".
    @Test func theCommandLineAndTheServerWriteAtOnce() async throws {
        let d = try PlannedDistrict()
        let commandLine = District(databasePath: d.district.databasePath, config: try DistrictConfig.starter)
        let stops = try d.district.areaWalk(d.anna.area).stops.count
        let area = d.bo.area
        let cli = Task.detached {
            for i in 0..<20 {
                _ = try commandLine.deliver(area: area, stops: .stops(["1"]), outcome: i.isMultiple(of: 2) ? .delivered : .skipped(.locked), by: nil)
            }
        }
        try await WebServer.application(district: d.district).test(.router) { client in
            for n in 1...stops {
                try await client.execute(
                    uri: "/v/\(d.anna.token)/areas/\(d.anna.area)/report", method: .post, headers: AccessMatrixTests.form,
                    body: AccessMatrixTests.tick(stop: n, report: "both-at-once-\(n)")
                ) { response in #expect(response.status == .seeOther) }
            }
        }
        try await cli.value
        #expect(try d.deliveryRecords() == 20 + stops)
    }

    /// Phones out at once: every tick answered, each after its commit, each recorded once,
    /// a refused one among them refused alone.
    @Test func manyPhonesAtOnceAreEachAnsweredAndRecordedOnce() async throws {
        let d = try PlannedDistrict()
        let stops = try d.district.areaWalk(d.anna.area).stops.count
        let uri = "/v/\(d.anna.token)/areas/\(d.anna.area)/report"
        let statuses = try await WebServer.application(district: d.district).test(.router) { client in
            try await withThrowingTaskGroup(of: HTTPResponse.Status.self) { group in
                for n in 1...stops + 1 {
                    for copy in 0..<2 {
                        group.addTask {
                            // Stop n+1 is no stop: 404 for it alone. Each tick is sent twice at once.
                            let body = ByteBuffer(string: "version=1&stop=\(n)&action=delivered&report=at-once-\(n)-x&at=\(copy)")
                            return try await client.execute(uri: uri, method: .post, headers: OfflineTests.json, body: body).status
                        }
                    }
                }
                return try await group.reduce(into: [HTTPResponse.Status]()) { $0.append($1) }
            }
        }
        #expect(statuses.filter { $0 == .ok }.count == 2 * stops && statuses.filter { $0 == .notFound }.count == 2)
        #expect(try d.deliveryRecords() == stops)
        #expect(try d.district.areaWalk(d.anna.area).nextStop == nil)
    }

    @Test func aBadTickIsRefusedWithOneLineAndChangesNothing() async throws {
        let d = try PlannedDistrict()
        let uri = "/v/\(d.anna.token)/areas/\(d.anna.area)/report"
        try await WebServer.application(district: d.district).test(.router) { client in
            let bad = [
                "version=1&stop=1&action=fly&report=bad-action-1", "version=1&stop=1&action=delivered&report=x",
                "version=7&stop=1&action=delivered&report=bad-version-1", "stop=1&action=delivered",
            ]
            for body in bad {
                try await client.execute(uri: uri, method: .post, headers: AccessMatrixTests.form, body: ByteBuffer(string: body)) { response in
                    #expect([.badRequest, .notFound].contains(response.status), "\(body)")
                    let text = String(buffer: response.body)
                    #expect(text.split(separator: "\n").count == 1, "\(text)")
                }
            }
        }
        #expect(try d.deliveryRecords() == 0)
    }

    @Test func thePhonePageShowsTheNextStopAndTheMapItsOwnVectors() async throws {
        let d = try PlannedDistrict()
        let walk = try d.district.areaWalk(d.anna.area)
        try await WebServer.application(district: d.district).test(.router) { client in
            try await client.execute(uri: "/v/\(d.anna.token)/areas/\(d.anna.area)", method: .get) { response in
                let page = String(buffer: response.body)
                #expect(response.headers[.contentSecurityPolicy]?.contains("default-src 'self'") == true)
                #expect(page.contains("Utdelat") && page.contains("Hoppa över") && page.contains("Ingen brevlåda"))
                #expect(page.contains(walk.stops[0].address))
                #expect(!page.contains("http://") && !page.contains("https://"), "nothing from another host")
            }
            try await client.execute(uri: "/v/\(d.anna.token)/areas/\(d.anna.area)/map.json", method: .get) { response in
                let map = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any]
                #expect((map?["stops"] as? [Any])?.count == walk.stops.count)
                #expect(((map?["route"] as? [Any])?.count ?? 0) > 1)
                #expect(((map?["outline"] as? [Any])?.count ?? 0) >= 1)
            }
            try await client.execute(uri: "/static/leaflet/leaflet.js", method: .get) { response in #expect(response.status == .ok) }
            // Debian's compressed copy, for a phone that takes it: a quarter of the bytes.
            try await client.execute(uri: "/static/leaflet/leaflet.js", method: .get, headers: [.acceptEncoding: "gzip, deflate"]) { response in
                #expect(response.headers[.contentEncoding] == "gzip" && response.body.readableBytes < 50_000)
            }
            try await client.execute(uri: "/static/leaflet/../../../etc/passwd", method: .get) { response in #expect(response.status == .notFound) }
        }
    }
}
