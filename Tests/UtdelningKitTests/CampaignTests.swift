import Foundation
import GRDB
import Households
import Planner
import Store
import TestSupport
import Testing

@testable import UtdelningKit
import Vocabulary

/// A campaign over weeks on the real Malmö extract: what was handed out stays true through
/// re-plans, register fixes, mop-ups and returned sheets.
@Suite(.serialized)
struct CampaignTests {
    /// Malmö cut into Väster and Öster at 13.0° E, planned at 30 minutes, two volunteers.
    func campaign(_ directory: URL = Fixtures.scratch(#function)) throws -> District {
        let district = District(databasePath: directory.appendingPathComponent("d.sqlite").path, config: try DistrictConfig.starter)
        _ = try district.importOSM(path: Fixtures.malmo)
        _ = try district.importBoundaries(path: Fixtures.file("b.geojson", ImportTests.malmoBoundaries, in: directory), nameProperty: "namn")
        _ = try district.plan(targetMinutes: 30)
        return district
    }

    func stored(_ district: District) throws -> [AreaID: StoredArea] {
        Dictionary(uniqueKeysWithValues: try district.existingStore().read { tx in try tx.areas() }.map { ($0.id, $0) })
    }

    func assignments(_ district: District) throws -> [AreaID: VolunteerID] {
        Dictionary(uniqueKeysWithValues: try district.existingStore().read { tx in try tx.assignments() }.map { ($0.areaID, $0.volunteerID) })
    }

    /// A register row giving the point at this key a new household count.
    func registerFix(_ district: District, key: PointKey, households: Int, in directory: URL) throws {
        let point = try #require(try district.existingStore().read { tx in try tx.points() }.first { $0.point.key == key })
        let a = point.point.address
        let csv = "gata;nummer;lat;lon;hushåll\n\(a.street);\(a.houseNumber);\(point.point.coordinate.latitude);\(point.point.coordinate.longitude);\(households)\n"
        _ = try district.importRegister(path: Fixtures.file("register.csv", csv, in: directory))
    }

    @Test func handedOutAreasKeepIdsStopsAndVolunteersThroughEveryKindOfPlan() throws {
        let directory = Fixtures.scratch()
        let district = try campaign(directory)
        let areas = try stored(district).values.sorted { $0.id < $1.id }
        try #require(areas.count >= 6)
        _ = try district.importVolunteers(path: Fixtures.file("people.csv", "namn;förening;kapacitet\nAnna;Väster;5\nBo;Öster;5\n", in: directory))
        let people = Dictionary(uniqueKeysWithValues: try district.volunteers().map { ($0.name, $0.id) })
        // Two areas assigned, one printed, the rest free.
        let (held, printed) = (areas[0], areas[2])
        _ = try district.assignManually(area: held.id, to: people[held.association == "Väster" ? "Anna" : "Bo"])
        _ = try district.assignManually(area: areas[1].id, to: people[areas[1].association == "Väster" ? "Anna" : "Bo"])
        _ = try district.writeSheets(to: directory.appendingPathComponent("sheets").path, area: printed.id)
        let handedOut = [held.id, areas[1].id, printed.id]
        let before = try stored(district)
        let assignedBefore = try assignments(district)

        // One house in the held area goes from its count to 2 more.
        let key = try #require(held.route.first)
        let count = try #require(try district.existingStore().read { tx in try tx.points() }.first { $0.point.key == key }?.count.households)
        try registerFix(district, key: key, households: count + 2, in: directory)
        let replanned = try district.plan()
        // A plain plan after that, and a fresh one: nothing handed out moves.
        let plain = try district.plan()
        let fresh = try district.plan(mode: .init(fresh: true))
        let after = try stored(district)
        for id in handedOut {
            #expect(after[id]?.route == before[id]?.route, "area \(id) keeps its stops and their order")
            #expect(after[id]?.version == before[id]?.version, "area \(id) keeps its sheet version")
        }
        #expect(try assignments(district) == assignedBefore, "no assignment lost")
        // The change inside the held area is a top-up, not a recut.
        let topUp = try #require(replanned.outcome?.topUps.first { $0.area == held.id })
        #expect(topUp.papersToAdd == 2)
        #expect(topUp.stops.map(\.stop) == [1])
        #expect(fresh.outcome?.topUps.contains { $0.area == held.id } == true)
        #expect(fresh.outcome?.keptAssigned == 2)
        #expect(fresh.outcome?.keptPrinted == 1)
        // A plain plan after the register fix changed nothing more.
        #expect(plain.changes?.added == 0 && plain.changes?.removed == 0)
        // Every household still in exactly one area.
        #expect(fresh.summary.unassignedHouseholds == 0)

        // --force recuts them and says whose areas go.
        let forced = try district.plan(mode: .init(fresh: true, force: true))
        let removed = try #require(forced.outcome?.removed)
        #expect(Set(removed.map(\.id)).isSuperset(of: handedOut))
        #expect(removed.first { $0.id == held.id }?.volunteer != nil)
    }

    @Test func theTargetAskedForIsRememberedAndTheSummaryAgreesWithThePlan() throws {
        let district = try campaign()
        let planned = try district.plan(targetMinutes: 20, maxPapers: 100)
        let plain = try district.plan()
        #expect(plain.changes?.added == 0 && plain.changes?.removed == 0, "a plain plan does not recut back to the configured target")
        #expect(try district.areas().summary.withinTolerance == planned.summary.withinTolerance)
        #expect(planned.summary.withinTolerance > 0)
        #expect(try stored(district).values.allSatisfy { $0.plan.targetTime == 20 && $0.plan.maxPapers == 100 })
        // An association typed in another case is the same association.
        #expect(try district.areas(association: "väster").areas.map(\.id) == (try district.areas(association: "Väster").areas.map(\.id)))
        #expect(try district.areas(association: "väster").areas.isEmpty == false)
        #expect(try district.volunteers(association: "ÖSTER") == (try district.volunteers(association: "Öster")))
    }

    @Test func mopUpLeavesUntouchedAreasAssignedAndDoesNotVisitRefusedDoorsAgain() throws {
        let directory = Fixtures.scratch()
        let district = try campaign(directory)
        let areas = try stored(district).values.filter { $0.route.count >= 4 }.sorted { $0.id < $1.id }
        let (worked, untouched) = (areas[0], areas[1])
        _ = try district.importVolunteers(path: Fixtures.file("people.csv", "namn;förening;kapacitet\nAnna;\(untouched.association);5\n", in: directory))
        let anna = try #require(try district.volunteers().first?.id)
        _ = try district.assignManually(area: untouched.id, to: anna)
        _ = try district.deliver(area: worked.id, stops: .stops(["1"]), outcome: .delivered, by: nil)
        _ = try district.deliver(area: worked.id, stops: .stops(["2"]), outcome: .skipped(.refused), by: nil)
        _ = try district.deliver(area: worked.id, stops: .stops(["3"]), outcome: .skipped(.notFound), by: nil)
        let before = try stored(district)
        _ = try district.plan(mode: .init(mopUp: true))
        let after = try stored(district)
        for (id, area) in before where id != worked.id {
            #expect(after[id]?.route == area.route, "area \(id), untouched, stays as it was")
        }
        #expect(try assignments(district)[untouched.id] == anna)
        // The worked area keeps the delivered and the refused door; the rest goes to new areas.
        #expect(after[worked.id]?.route == Array(worked.route.prefix(2)))
        let moved = Set(worked.route.dropFirst(2))
        let newAreas = after.values.filter { before[$0.id] == nil }
        #expect(Set(newAreas.flatMap(\.route)) == moved)
        // An old sheet of the worked area still resolves: stop 4 is the door it was.
        _ = try district.deliver(area: worked.id, version: 1, stops: .stops(["4"]), outcome: .delivered, by: nil)
        let standings = DeliveryState.standings(try district.existingStore().read { tx in try tx.deliveries() })
        #expect(standings[worked.route[3]]?.outcome == .delivered)
    }

    @Test func anOldSheetTypedInAfterARePlanRecordsTheDoorsThatWereOnIt() throws {
        let directory = Fixtures.scratch()
        let district = try campaign(directory)
        // An area with room for one more house.
        let area = try #require(try stored(district).values.filter { $0.route.count >= 4 && $0.time < 31 && $0.households < 280 }.min { $0.id < $1.id })
        _ = try district.writeSheets(to: directory.appendingPathComponent("sheets").path, area: area.id)
        // Given back, and re-planned after a new address on its first street (22 m from its first
        // stop, so that it snaps to that street): a new sheet version.
        try district.releaseArea(area.id)
        let first = try #require(try district.existingStore().read { tx in try tx.points() }.first { $0.point.key == area.route[0] })
        let csv = "gata;nummer;lat;lon;hushåll\n\(first.point.address.street);999;\(first.point.coordinate.latitude - 0.0002);\(first.point.coordinate.longitude);1\n"
        _ = try district.importRegister(path: Fixtures.file("new.csv", csv, in: directory))
        _ = try district.plan()
        let now = try #require(try stored(district)[area.id])
        #expect(now.version == 2)
        #expect(now.route != area.route)
        // The returned version-1 sheet, stops 2–3 and 4.
        let sheet = Fixtures.file("sheet.csv", "område;version;nr;status\n\(area.id);1;2-3;x\n\(area.id);1;4;x\n", in: directory)
        #expect(try district.importDeliveries(path: sheet).recorded == 3)
        let delivered = Set(DeliveryState.standings(try district.existingStore().read { tx in try tx.deliveries() }).keys)
        #expect(delivered == [area.route[1], area.route[2], area.route[3]])
        // Without a version, against a sheet that was printed and then changed, a number is refused.
        _ = try district.writeSheets(to: directory.appendingPathComponent("sheets").path, area: area.id)
        let printedAgain = try #require(try stored(district)[area.id])
        #expect(printedAgain.printedVersion == printedAgain.version)
        #expect(throws: DistrictError.noSheetVersion(area: area.id, version: 7, latest: printedAgain.version)) {
            try district.deliver(area: area.id, version: 7, stops: .stops(["1"]), outcome: .delivered, by: nil)
        }
    }

    @Test func allAfterASkipKeepsTheSkipAndASkipAfterAllWins() throws {
        let district = try campaign()
        let areas = try stored(district).values.filter { $0.route.count >= 4 }.sorted { $0.id < $1.id }
        let (a, b) = (areas[0], areas[1])
        let day1 = Date(timeIntervalSince1970: 1_900_000_000)
        let day2 = day1.addingTimeInterval(86_400)
        _ = try district.deliver(area: a.id, stops: .stops(["2"]), outcome: .skipped(.refused), by: nil, now: day1)
        let all = try district.deliver(area: a.id, stops: .all, outcome: .delivered, by: nil, now: day2)
        #expect(all.recorded == a.route.count - 1)
        _ = try district.deliver(area: b.id, stops: .all, outcome: .delivered, by: nil, now: day1)
        #expect(try district.deliver(area: b.id, stops: .stops(["3"]), outcome: .skipped(.locked), by: nil, now: day2).recorded == 1)
        let standings = DeliveryState.standings(try district.existingStore().read { tx in try tx.deliveries() })
        #expect(standings[a.route[1]]?.reason == .refused)
        #expect(standings[b.route[2]]?.reason == .locked)
        // A later delivery after a skip wins too.
        _ = try district.deliver(area: b.id, stops: .stops(["3"]), outcome: .delivered, by: nil, now: day2.addingTimeInterval(3600))
        let again = DeliveryState.standings(try district.existingStore().read { tx in try tx.deliveries() })
        #expect(again[b.route[2]]?.outcome == .delivered)
        // A report about a day to come is refused.
        #expect(throws: ArgumentError.self) {
            try district.deliver(area: b.id, stops: .stops(["1"]), outcome: .delivered, by: nil, day: "2099-01-01", now: day2)
        }
    }

    @Test func anAreaWhoseEveryDoorWasSkippedIsNotDelivered() throws {
        let district = try campaign()
        let area = try #require(try stored(district).values.min { $0.id < $1.id })
        _ = try district.deliver(area: area.id, stops: .all, outcome: .skipped(.locked), by: nil)
        let listed = try #require(try district.areas().areas.first { $0.id == area.id })
        #expect(listed.status == "done-with-skips")
        let coverage = try district.coverage()
        #expect(coverage.associations.reduce(0) { $0 + $1.areasDone } == 0)
        #expect(coverage.delivered == 0)
    }

    @Test func aRegisterThatRaisesADeliveredCountLeavesTheDifferenceOpenOnTheTopUpList() throws {
        let directory = Fixtures.scratch()
        let district = try campaign(directory)
        let area = try #require(try stored(district).values.filter { $0.route.count >= 2 }.min { $0.id < $1.id })
        _ = try district.deliver(area: area.id, stops: .all, outcome: .delivered, by: nil)
        let reached = try district.coverage().delivered
        let key = area.route[0]
        let count = try #require(try district.existingStore().read { tx in try tx.points() }.first { $0.point.key == key }?.count.households)
        try registerFix(district, key: key, households: count + 39, in: directory)
        let coverage = try district.coverage()
        #expect(coverage.delivered == reached, "reached stays at the sheet's count")
        #expect(try district.areas().areas.first { $0.id == area.id }?.status != "delivered", "39 households still wait for a paper")
        let topUp = try #require(try district.topUps().first { $0.area == area.id })
        #expect(topUp.papersToAdd == 39)
        // A plan keeps the reported area and lists the same top-up.
        let plan = try district.plan()
        #expect(plan.outcome?.topUps.first { $0.area == area.id }?.papersToAdd == 39)
        #expect(try stored(district)[area.id]?.route == area.route)
    }

    @Test func aPointMovedIntoAnotherAssociationIsPlannedInOneWrite() throws {
        let directory = Fixtures.scratch()
        let district = try campaign(directory)
        // Väster's border moves 1 km east: the points between now belong to Väster.
        let moved = ImportTests.malmoBoundaries.replacingOccurrences(of: "13.0,", with: "13.01,")
        _ = try district.importBoundaries(path: Fixtures.file("b.geojson", moved, in: directory), nameProperty: "namn")
        let report = try district.plan()
        #expect(report.summary.unassignedHouseholds == 0)
        let wrong = try DatabaseQueue(path: district.databasePath).read { db in
            try Int.fetchOne(db, sql: """
                SELECT count(*) FROM areaStop s JOIN area a ON a.id = s.areaId JOIN deliveryPoint p ON p.key = s.pointKey
                WHERE p.associationId IS NOT a.associationId
                """) ?? -1
        }
        #expect(wrong == 0)
    }
}

extension CampaignTests {
    /// The extract with the address of one OSM object taken out, as a newer download would.
    func extract(without key: PointKey, in directory: URL) throws -> String {
        let kind = key.rawValue.hasPrefix("n") ? "node" : key.rawValue.hasPrefix("w") ? "way" : "relation"
        let id = key.rawValue.dropFirst()
        let lines = try String(contentsOfFile: Fixtures.malmo, encoding: .utf8).components(separatedBy: "\n")
        var inside = false
        let kept = lines.filter { line in
            if line.contains("<\(kind) id='\(id)'") { inside = true }
            defer { if inside && (line.contains("</\(kind)>") || line.hasSuffix("/>") && line.contains("<\(kind) ")) { inside = false } }
            return !(inside && line.contains("k='addr:housenumber'"))
        }
        #expect(kept.count == lines.count - 1, "one address tag removed")
        return Fixtures.file("malmo.osm", kept.joined(separator: "\n"), in: directory)
    }

    @Test func aDoorGoneFromANewerExtractIsCrossedOutNotRenumbered() throws {
        let directory = Fixtures.scratch()
        let district = try campaign(directory)
        let area = try #require(try stored(district).values.filter { $0.route.count >= 4 }.min { $0.id < $1.id })
        _ = try district.writeSheets(to: directory.appendingPathComponent("sheets").path, area: area.id)
        let gone = area.route[1]
        _ = try district.importOSM(path: try extract(without: gone, in: directory), dataset: "malmo.osm")
        _ = try district.plan()
        let after = try #require(try stored(district)[area.id])
        #expect(after.version == 1)
        #expect(after.route == area.route.filter { $0 != gone })
        let topUp = try #require(try district.topUps().first { $0.area == area.id })
        // (The building's other entrances may share its households anew; they are listed too.)
        #expect(topUp.doorsGone == 1)
        #expect(topUp.stops.first { $0.householdsNow == nil }?.stop == 2)
        // Stop 3 on the printed sheet is still the door printed as 3; stop 2 is refused.
        _ = try district.deliver(area: area.id, stops: .stops(["3"]), outcome: .delivered, by: nil)
        #expect(DeliveryState.standings(try district.existingStore().read { tx in try tx.deliveries() })[area.route[2]]?.outcome == .delivered)
        #expect(throws: DistrictError.self) { try district.deliver(area: area.id, stops: .stops(["2"]), outcome: .delivered, by: nil) }
        // "All" reports the rest of the sheet and passes over the door that is gone.
        #expect(try district.deliver(area: area.id, stops: .all, outcome: .delivered, by: nil).recorded == area.route.count - 2)
        // A reprint is a new version without the door, so its numbers are the numbers printed.
        _ = try district.writeSheets(to: directory.appendingPathComponent("again").path, area: area.id)
        let reprinted = try #require(try stored(district)[area.id])
        #expect(reprinted.version == 2 && reprinted.printedVersion == 2)
        let sheet = try district.existingStore().read { tx in try tx.sheetStops(area: area.id, version: 2) }
        #expect(sheet?.map(\.pointKey) == reprinted.route)
        #expect(try district.deliver(area: area.id, stops: .stops(["2"]), outcome: .delivered, by: nil).repeated == 1, "stop 2 is now the door printed third before")
    }
}
