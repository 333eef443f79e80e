import Routing
import Testing
import Vocabulary

@testable import Planner

/// Why an area is short: the paper cap, or not.
struct AreaBalanceTests {
    let planner = AreaPlanner(rules: PlanningRules(), profile: WalkingProfile())

    func area(minutes: Minutes, papers: Int) -> PlannedArea {
        PlannedArea(
            association: "Kil", route: ["a"], households: papers, mode: .walk, length: 1_000, time: minutes, deadhead: 0,
            balance: .outside, targetTime: 90, maxPapers: 300)
    }

    @Test func aBagWithinTheToleranceOfFullExcusesAShortArea() {
        #expect(planner.isShortOfPapers(area(minutes: 70, papers: 260)))
        #expect(!planner.isShortOfPapers(area(minutes: 70, papers: 200)))
    }

    @Test func amongDenseFlatsEvenAFullBagWouldBeShort() {
        // 150 papers in 30 minutes: 300 would take an hour, short of 76.5 minutes.
        #expect(planner.isShortOfPapers(area(minutes: 30, papers: 150)))
        // 150 papers in 60 minutes: a full bag would take two hours, so the area could have grown.
        #expect(!planner.isShortOfPapers(area(minutes: 60, papers: 150)))
    }

    @Test func oneEntranceOverTheCapIsFullWhateverItsTime() {
        #expect(planner.isShortOfPapers(area(minutes: 107, papers: 1_058)))
    }

    @Test func aNeighbourThatDoesNotFitExcusesIt() {
        #expect(planner.isShortOfPapers(area(minutes: 60, papers: 150), lightestNeighbourPapers: 160))
        #expect(!planner.isShortOfPapers(area(minutes: 60, papers: 150), lightestNeighbourPapers: 40))
    }

    @Test func anAreaWithinTheToleranceIsNeverCalledShort() {
        #expect(!planner.isShortOfPapers(area(minutes: 80, papers: 290)))
    }
}
