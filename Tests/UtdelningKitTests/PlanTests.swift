import Foundation
import GRDB
import Households
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

    @Test func planningTwiceGivesTheSameAreas() throws {
        let district = try importedMalmo()
        // Area ids are new on every plan; all else must be byte-identical.
        func withoutIDs(_ text: String) -> String { text.replacingOccurrences(of: #""id" : \d+"#, with: "", options: .regularExpression) }
        let first = withoutIDs(try JSONText.encode(try district.plan(targetMinutes: 30)))
        let second = withoutIDs(try JSONText.encode(try district.plan(targetMinutes: 30)))
        #expect(first == second)
        #expect(first.contains("walkMeters"))
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
        let error = try #require(throws: InputFileError.self) { try district.plan(association: "Atlantis") }
        #expect(error.message.contains("unknown association 'Atlantis'"))
        #expect(try contentDump(district.databasePath) == before)
    }
}
