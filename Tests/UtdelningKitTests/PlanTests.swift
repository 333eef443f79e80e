import Foundation
import GRDB
import Households
import Store
import TestSupport
import Testing

@testable import UtdelningKit

/// Planning the Malmö extract (169 addresses) through the same API the command line uses.
@Suite(.serialized)
struct PlanTests {
    func importedMalmo() throws -> District {
        let district = District(databasePath: Fixtures.scratch().appendingPathComponent("d.sqlite").path, config: try DistrictConfig.starter)
        _ = try district.importOSM(path: Fixtures.malmo)
        return district
    }

    @Test func everyHouseholdIsInExactlyOneAreaOfItsAssociation() throws {
        let district = try importedMalmo()
        let report = try district.plan(targetMinutes: 30)
        #expect(report.summary.unassignedHouseholds == 0)
        #expect(report.areas.count > 1)
        let queue = try DatabaseQueue(path: district.databasePath)
        let (withHouseholds, inAreas, wrongAssociation) = try queue.read { db in
            (
                try Int.fetchOne(db, sql: "SELECT count(*) FROM deliveryPoint WHERE households > 0") ?? -1,
                try Int.fetchOne(db, sql: "SELECT count(DISTINCT pointKey) FROM areaStop") ?? -2,
                try Int.fetchOne(db, sql: """
                    SELECT count(*) FROM areaStop s JOIN area a ON a.id = s.areaId JOIN deliveryPoint p ON p.key = s.pointKey
                    WHERE p.associationId IS NOT a.associationId
                    """) ?? -3
            )
        }
        #expect(withHouseholds == inAreas)
        #expect(wrongAssociation == 0)
        #expect(report.summary.households == report.areas.reduce(0) { $0 + $1.households })
        // Over the cap only where one entrance alone has more papers (Malmö has such estimates).
        #expect(report.areas.allSatisfy { $0.papers <= 300 || $0.deliveryPoints == 1 })
    }

    @Test func planningTwiceKeepsEveryAreaAsItWas() throws {
        let district = try importedMalmo()
        let first = try district.plan(targetMinutes: 30)
        let second = try district.plan(targetMinutes: 30)
        #expect(second.changes == AreaChanges(kept: first.areas.count, updated: 0, added: 0, removed: 0))
        #expect(try JSONText.encode(first.areas) == JSONText.encode(second.areas))
    }

    @Test func aFreshPlanCutsEverythingAgainTheSameWay() throws {
        let district = try importedMalmo()
        // Ids are new on a fresh plan; all else must be byte-identical.
        func withoutIDs(_ text: String) -> String { text.replacingOccurrences(of: #""id" : \d+"#, with: "", options: .regularExpression) }
        let first = try district.plan(targetMinutes: 30)
        let fresh = try district.plan(targetMinutes: 30, mode: .init(fresh: true))
        #expect(fresh.changes == AreaChanges(
            kept: 0, updated: 0, added: first.areas.count, removed: first.areas.count, removedIDs: first.areas.map(\.id).sorted()))
        #expect(withoutIDs(try JSONText.encode(first.areas)) == withoutIDs(try JSONText.encode(fresh.areas)))
        #expect(Set(first.areas.map(\.id)).isDisjoint(with: fresh.areas.map(\.id)))
    }

    @Test func newAddressesJoinAreasBesideThemAndTheRestKeepTheirArea() throws {
        let district = try importedMalmo()
        _ = try district.plan(targetMinutes: 30)
        let queue = try DatabaseQueue(path: district.databasePath)
        func areaOfPoint() throws -> [String: Int64] {
            try queue.read { db in
                Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT pointKey, areaId FROM areaStop").map { ($0[0], $0[1]) })
            }
        }
        let before = try areaOfPoint()
        // 1 % more: two new houses, 40 m south of two mapped addresses, on their streets.
        let rows = try queue.read { db in
            try Row.fetchAll(db, sql: "SELECT street, latitude, longitude FROM deliveryPoint WHERE households > 0 AND withoutAddress IS NULL ORDER BY key")
        }
        var csv = "gata;nummer;lat;lon;hushåll\n"
        for row in [rows[40], rows[rows.count * 10 / 11]] {
            csv += "\(row["street"] as String);999;\((row["latitude"] as Double) - 0.00036);\(row["longitude"] as Double);1\n"
        }
        let (imported, _) = try district.importRegister(path: Fixtures.file("nya.csv", csv))
        #expect(imported.newPoints == 2)

        let report = try district.plan(targetMinutes: 30)
        let after = try areaOfPoint()
        let stayed = before.filter { after[$0.key] == $0.value }.count
        #expect(Double(stayed) / Double(before.count) >= 0.95, "\(stayed) of \(before.count) points kept their area")
        #expect(after.count == before.count + 2)
        #expect(report.summary.unassignedHouseholds == 0)
        let changes = try #require(report.changes)
        #expect(changes.kept + changes.updated >= report.areas.count - 2)
    }

    @Test func aLockedAreaIsKeptByTheNextPlan() throws {
        let district = try importedMalmo()
        let first = try district.plan(targetMinutes: 30)
        let kept = try #require(first.areas.first)
        try district.lockArea(kept.id)
        let second = try district.plan(targetMinutes: 20)
        let again = try #require(second.areas.first { $0.id == kept.id })
        #expect(again.locked)
        #expect(again.households == kept.households)
        #expect(second.summary.unassignedHouseholds == 0)
    }

    @Test func anUnknownAssociationIsAClearErrorAndChangesNothing() throws {
        let district = try importedMalmo()
        _ = try district.plan(targetMinutes: 30)
        let before = try contentDump(district.databasePath)
        let error = try #require(throws: DistrictError.self) { try district.plan(association: "Atlantis") }
        #expect(error.description.hasPrefix("unknown association 'Atlantis' (known: "))
        #expect(UserError(error).kind == .notFound)
        #expect(try contentDump(district.databasePath) == before)
    }
}
