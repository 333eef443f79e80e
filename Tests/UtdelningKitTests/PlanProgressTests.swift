import Foundation
import Testing
import TestSupport
import Vocabulary

@testable import UtdelningKit

/// A plan tells how far it has come (the console's job page), and a staff member's session
/// kept alive meanwhile is no change to the district: the plan is not cut again for it.
struct PlanProgressTests {
    /// The steps as they come, from the plan's threads.
    final class Steps: @unchecked Sendable {
        private let lock = NSLock()
        private var steps: [PlanStep] = []
        func add(_ step: PlanStep) { lock.withLock { steps.append(step) } }
        var seen: [PlanStep] { lock.withLock { steps } }
    }

    @Test func aPlanReportsEachAssociationAndASessionWrittenMeanwhileIsNoChange() throws {
        let path = Fixtures.scratch().appendingPathComponent("d.sqlite").path
        let imported = District(databasePath: path, config: try DistrictConfig.starter)
        _ = try imported.importOSM(path: Fixtures.neubrandenburgEast)
        _ = try imported.importBoundaries(path: Fixtures.neubrandenburgCentre, nameProperty: "namn")
        // As the server holds it: one store for every request and job.
        let district = try District(serving: path, config: try DistrictConfig.starter)
        let user = try district.addUser(name: "Cecilia", role: .coordinator, password: "rätt hästbatteri", cost: 4)
        let steps = Steps()
        let report = try district.plan(targetMinutes: Minutes(40)) { step in
            steps.add(step)
            // The console's page keeps its session alive while the plan runs.
            if case .planning = step {
                try? district.saveSession(key: UUID().uuidString, userID: user.id, data: Data("{}".utf8), expiresAt: nil, idle: .seconds(60))
            }
        }
        let seen = steps.seen
        // Read once: not cut again after the session was written.
        #expect(seen.filter { $0 == .reading }.count == 1)
        #expect(seen.first == .reading && seen.last == .writing)
        guard case .toCut(let associations)? = seen.dropFirst().first else { Issue.record("no list of associations: \(seen)"); return }
        #expect(Set(associations.map(\.name)) == ["Oststadt", "Weststadt"])
        #expect(associations.map(\.deliveryPoints) == associations.map(\.deliveryPoints).sorted(by: >), "the largest first")
        let planned = seen.compactMap { step -> (String, Int)? in
            if case .planned(let name, let areas) = step { return (name, areas) }
            return nil
        }
        let byAssociation = Dictionary(grouping: report.areas, by: \.association).mapValues(\.count)
        #expect(Dictionary(uniqueKeysWithValues: planned).filter { $0.value > 0 } == byAssociation)
    }
}
