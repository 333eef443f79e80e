import Foundation
import GRDB
import Households
import Planner
import TestSupport
import Testing

@testable import UtdelningKit
import Vocabulary

/// Deliveries reported on a planned Malmö, and the coverage the board reads from them.
@Suite(.serialized)
struct DeliveriesTests {
    func planned() throws -> (District, [AreasReport.Area]) {
        let district = District(databasePath: Fixtures.scratch().appendingPathComponent("d.sqlite").path, config: try DistrictConfig.starter)
        _ = try district.importOSM(path: Fixtures.malmo)
        let report = try district.plan(targetMinutes: 30)
        return (district, report.areas.filter { $0.deliveryPoints >= 3 }.sorted { $0.id < $1.id })
    }

    /// Households of the points whose latest report says so, straight from the database.
    func households(_ district: District, outcome: String) throws -> Int {
        try DatabaseQueue(path: district.databasePath).read { db in
            try Int.fetchOne(db, sql: """
                SELECT coalesce(sum(p.households), 0) FROM deliveryPoint p JOIN delivery d ON d.pointKey = p.key
                WHERE d.undone = 0 AND d.outcome = ? AND d.id = (
                    SELECT id FROM delivery e WHERE e.pointKey = p.key AND e.undone = 0 ORDER BY e.reportedAt DESC, e.id DESC LIMIT 1)
                """, arguments: [outcome]) ?? -1
        }
    }

    @Test func coverageIsTheSumOfDeliveredHouseholdsAfterSkipsUndosAndReReports() throws {
        let (district, areas) = try planned()
        let (a, b) = (areas[0], areas[1])
        let day = Date(timeIntervalSince1970: 1_900_000_000)
        #expect(try district.deliver(area: a.id, stops: .all, outcome: .delivered, by: "Anna", now: day).recorded == a.deliveryPoints)
        // Re-reporting the same thing writes nothing; "all" again finds no stop without a report.
        #expect(try district.deliver(area: a.id, stops: .stops(["1", "2"]), outcome: .delivered, by: "Anna", now: day).repeated == 2)
        #expect(try district.deliver(area: a.id, stops: .all, outcome: .delivered, by: "Anna", now: day).recorded == 0)
        // A skip reported after "all delivered" wins: the volunteer saw the locked door.
        #expect(try district.deliver(area: a.id, stops: .stops(["1"]), outcome: .skipped(.locked), by: "Bo", now: day).recorded == 1)
        _ = try district.deliver(area: b.id, stops: .stops(["1", "2"]), outcome: .delivered, by: "Bo", now: day)
        _ = try district.deliver(area: b.id, stops: .stops(["3"]), outcome: .skipped(.noLetterbox), by: "Bo", now: day)
        #expect(try district.undoDeliveries(area: b.id, stops: .stops(["2"])).undone == 1)
        let coverage = try district.coverage(today: day)
        let delivered = try households(district, outcome: "delivered")
        #expect(coverage.delivered == delivered)
        #expect(coverage.skipped == (try households(district, outcome: "skipped")))
        #expect(coverage.skippedByReason["no-letterbox"] == (try stopHouseholds(district, area: b.id, stop: 3)))
        #expect(coverage.skippedByReason["locked"] == (try stopHouseholds(district, area: a.id, stop: 1)))
        #expect(coverage.delivered == a.households - (try stopHouseholds(district, area: a.id, stop: 1)) + (try stopHouseholds(district, area: b.id, stop: 1)))
        #expect(coverage.associations.reduce(0) { $0 + $1.delivered } == coverage.delivered)
        #expect(coverage.coverage == (Double(delivered) / Double(coverage.households) * 10_000).rounded() / 10_000)
        let statuses = Dictionary(uniqueKeysWithValues: try district.areas().areas.map { ($0.id, $0.status) })
        #expect(statuses[a.id] == "done-with-skips", "every door reported, one of them locked: not delivered")
        #expect(statuses[b.id] == "in-progress")
        #expect(coverage.daily.last?.delivered == coverage.delivered)
        // The next sheet of the area says why stop 3 was skipped.
        let sheet = try district.writeSheets(to: Fixtures.scratch().path, area: b.id)
        #expect(try SheetsTests.text(try #require(sheet.files.first?.path)).contains("Ingen brevlåda"))
        // An unknown stop is refused and nothing is written.
        let unknown = try #require(throws: DistrictError.self) { try district.deliver(area: a.id, stops: .stops(["999"]), outcome: .delivered, by: nil) }
        #expect(unknown.description.hasSuffix("no stop 999") && unknown.kind == .notFound)
    }

    func stopHouseholds(_ district: District, area: AreaID, stop: Int) throws -> Int {
        try DatabaseQueue(path: district.databasePath).read { db in
            try Int.fetchOne(db, sql: """
                SELECT p.households FROM areaStop s JOIN deliveryPoint p ON p.key = s.pointKey WHERE s.areaId = ? AND s.position = ?
                """, arguments: [area, stop - 1]) ?? -1
        }
    }

    @Test func returnedSheetsWithABadRowAreRejectedByLineAndChangeNothing() throws {
        let (district, areas) = try planned()
        let a = areas[0]
        let september = Date(timeIntervalSince1970: 1_915_000_000)
        let bad = Fixtures.file("sheets.csv", "område;nr;status;orsak;datum\n\(a.id);1;levererad;;2030-08-20\n\(a.id);2;ej;trasig;2030-08-20\n")
        let error = try #require(throws: InputFileError.self) { try district.importDeliveries(path: bad, now: september) }
        #expect(error.position == "line 3")
        #expect(try district.coverage().delivered == 0)
        let missingStop = Fixtures.file("sheets.csv", "område;nr;status\n\(a.id);1;x\n\(a.id);500;x\n")
        #expect((try #require(throws: InputFileError.self) { try district.importDeliveries(path: missingStop, now: september) }).position == "line 3")
        let good = Fixtures.file("sheets.csv", "område;nr;status;orsak;datum;utdelare\n\(a.id);1;levererad;;2030-08-20;Anna\n\(a.id);2;ej;låst;2030-08-21;Anna\n")
        #expect(try district.importDeliveries(path: good, now: september).recorded == 2)
        #expect(try district.importDeliveries(path: good, now: september).repeated == 2)
        let coverage = try district.coverage(today: Date(timeIntervalSince1970: 1_913_000_000))
        #expect(coverage.skippedByReason.keys.sorted() == ["locked"])
        #expect(coverage.daily.map(\.date) == ["2030-08-20"])
    }
}

extension DeliveriesTests {
    @Test func mopUpCutsTheUndeliveredIntoNewAreasWithTheLockedOnesApart() throws {
        let (district, areas) = try planned()
        let (a, b) = (areas[0], areas[1])
        _ = try district.deliver(area: a.id, stops: .all, outcome: .delivered, by: "Anna")
        _ = try district.deliver(area: b.id, stops: .stops(["1"]), outcome: .delivered, by: "Bo")
        _ = try district.deliver(area: b.id, stops: .stops(["2"]), outcome: .skipped(.locked), by: "Bo")
        let before = Dictionary(uniqueKeysWithValues: try district.existingStore().read { tx in try tx.areas() }.map { ($0.id, $0.route) })
        let lockedKey = try #require(before[b.id]?[1])
        let untouched = try #require(areas.last)
        _ = try district.plan(targetMinutes: 30, mode: .init(mopUp: true))
        let after = try district.existingStore().read { tx in try tx.areas() }
        let byID = Dictionary(uniqueKeysWithValues: after.map { ($0.id, $0.route) })
        #expect(byID[a.id] == before[a.id], "a delivered area stays as it was")
        #expect(byID[untouched.id] == before[untouched.id], "an area nobody worked in stays as it was")
        #expect(byID[b.id] == [before[b.id]?[0]].compactMap { $0 }, "a partial area keeps its delivered stop")
        // The locked entrance has an area to itself (with any other locked ones), apart from the rest.
        let doorCodeArea = try #require(after.first { $0.route.contains(lockedKey) })
        #expect(doorCodeArea.route == [lockedKey])
        #expect(before[doorCodeArea.id] == nil, "a new area")
        // Its door is still to be tried: the area is not "done" because of the old skip.
        #expect(try district.areas().areas.first { $0.id == doorCodeArea.id }?.status == "planned")
        // Every point is still in exactly one area.
        let allStops = after.flatMap(\.route)
        #expect(Set(allStops).count == allStops.count)
        #expect(Set(allStops) == Set(before.values.joined()))
    }
}
