import Testing

@testable import Planner

struct PrintRunTests {
    @Test func eachAssociationIsRoundedUpAndTheDistrictIsTheirSum() {
        let run = PrintRun(households: [("Kil", 101), ("Arvika", 200), ("Torsby", 0)], sparePercent: 5)
        #expect(run.associations.map(\.name) == ["Arvika", "Kil", "Torsby"])
        // 200 × 1.05 = 210 exactly (not 211 from floating-point noise); 101 × 1.05 = 106.05 → 107.
        #expect(run.associations.map(\.papers) == [210, 107, 0])
        #expect(run.papers == 317)
        #expect(run.households == 301)
        #expect(run.spare == 0.05)
    }

    @Test func noSpareIsOnePaperPerHousehold() {
        let run = PrintRun(households: [("Kil", 1234)], sparePercent: 0)
        #expect(run.papers == 1234)
    }
}
