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

    @Test func aBagWithRoomIsNotFullAmongDenseFlatsEither() {
        // 150 papers in 30 minutes: a full bag would be short of 76.5 minutes too, but
        // this one could have taken 150 more papers.
        #expect(!planner.isShortOfPapers(area(minutes: 30, papers: 150)))
        // 18 papers in 3 minutes (Neubrandenburg at 60 minutes and 250 papers, issue 18).
        #expect(!planner.isShortOfPapers(area(minutes: 3, papers: 18)))
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
