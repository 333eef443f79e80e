import Foundation
import GRDB
import TestSupport
import Testing

@testable import UtdelningKit
import Vocabulary

/// Phones' ticks written together: each one as if alone, refused ones leaving nothing.
@Suite(.serialized)
struct PhoneTicksTests {
    func rows(_ district: District, _ sql: String) throws -> Int {
        try DatabaseQueue(path: district.databasePath).read { db in try Int.fetchOne(db, sql: sql) ?? -1 }
    }

    /// Every area's own link: its id and its token.
    static func areaLinks(_ district: District) throws -> [AreaID: (id: Int64, token: String)] {
        var links: [AreaID: (id: Int64, token: String)] = [:]
        for row in try district.issueLinks(publicURL: "https://x.test").links where row.kind == "area" {
            links[row.areas[0]] = (row.id, String(row.url.split(separator: "/").last ?? ""))
        }
        return links
    }

    @Test func aBatchRecordsEachTickAsIfAloneAndARefusedOneLeavesNothing() throws {
        let (district, areas) = try LinksTests().planned()
        let area = try #require(areas.first { $0.deliveryPoints >= 3 })
        let link = try #require(try Self.areaLinks(district)[area.id]).token
        let now = Date()
        func tick(_ stop: Int, _ action: PhoneTick.Action, _ id: String, version: Int = 1) -> PhoneTick {
            PhoneTick(link: link, area: area.id, version: version, stop: stop, action: action, reportID: id, time: now)
        }
        let results = try district.recordTicks([
            tick(1, .delivered, "batch-tick-1"),
            tick(9_999, .delivered, "batch-no-such-stop"),
            tick(2, .skipped(.locked), "batch-tick-2", version: 7),
            tick(2, .skipped(.refused), "batch-tick-3"),
            tick(1, .delivered, "batch-tick-1"),
            tick(1, .undo, "batch-undo-1"),
        ])
        #expect(results.map { (try? $0.get())?.recorded } == [1, nil, nil, 1, 0, 0])
        #expect((try? results[4].get())?.repeated == 1, "the same id again in the same batch: once")
        #expect((try? results[5].get())?.undone == 1, "an undo after the tick in the same batch sees it")
        #expect(try rows(district, "SELECT count(*) FROM delivery") == 2)
        #expect(try rows(district, "SELECT count(*) FROM delivery WHERE undone = 1") == 1)
        // The refused ticks kept no receipt: sent again once they are right, they count.
        #expect(try rows(district, "SELECT count(*) FROM reportReceipt WHERE reportId IN ('batch-no-such-stop', 'batch-tick-2')") == 0)
        #expect(try rows(district, "SELECT count(*) FROM reportReceipt") == 3)
        // The same ticks one by one through `deliver`'s own door give the same records.
        let (alone, aloneAreas) = try LinksTests().planned()
        #expect(aloneAreas.map(\.id) == areas.map(\.id))
        _ = try alone.deliver(area: area.id, version: 1, stops: .stops(["1"]), outcome: .delivered, by: nil, reportID: "batch-tick-1", now: now)
        _ = try alone.deliver(area: area.id, version: 1, stops: .stops(["2"]), outcome: .skipped(.refused), by: nil, reportID: "batch-tick-3", now: now)
        _ = try alone.undoDeliveries(area: area.id, version: 1, stops: .stops(["1"]), reportID: "batch-undo-1", now: now)
        let columns = "pointKey, areaId, version, outcome, reason, households, reportedAt, undone"
        #expect(
            try DatabaseQueue(path: alone.databasePath).read { db in try Row.fetchAll(db, sql: "SELECT \(columns) FROM delivery ORDER BY id") }
                == (try DatabaseQueue(path: district.databasePath).read { db in try Row.fetchAll(db, sql: "SELECT \(columns) FROM delivery ORDER BY id") }))
    }

    /// The link is asked in the transaction that writes: a tick through a link revoked, one
    /// nobody has, or one for another area is refused as the gate would, and leaves nothing.
    @Test func aTickIsLetInOnlyByAnOpenLinkToItsOwnArea() throws {
        let (district, areas) = try LinksTests().planned()
        let (area, other) = (areas[0], areas[1])
        let links = try Self.areaLinks(district)
        let link = try #require(links[area.id]).token
        let revoked = try #require(links[other.id])
        try district.revokeLink(id: revoked.id)
        func tick(_ link: String, _ area: AreaID, _ report: String) -> PhoneTick {
            PhoneTick(link: link, area: area, version: 1, stop: 1, action: .delivered, reportID: report, time: Date())
        }
        let results = try district.recordTicks([
            tick(link, area.id, "link-own-area"),
            tick(link, other.id, "link-other-area"),
            tick(revoked.token, other.id, "link-revoked"),
            tick(String(link.reversed()), area.id, "link-unknown"),
        ])
        #expect((try? results[0].get())?.recorded == 1)
        func refusal(_ result: Result<DeliveryReport, Error>) -> LinkRefusal? {
            if case .failure(let error) = result { return error as? LinkRefusal }
            return nil
        }
        #expect(refusal(results[1]) == .notFound)
        #expect({ if case .closed(let access) = refusal(results[2]) { access.state == .revoked } else { false } }())
        #expect(refusal(results[3]) == .notFound)
        #expect(try rows(district, "SELECT count(*) FROM delivery") == 1)
        #expect(try rows(district, "SELECT count(*) FROM reportReceipt") == 1)
    }
}
