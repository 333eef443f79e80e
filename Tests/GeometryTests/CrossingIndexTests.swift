import Testing

@testable import Geometry

struct CrossingIndexTests {
    /// A railway along y = 0 from x = 0 to x = 1,000 m, in two pieces.
    let railway = CrossingIndex(lines: [[PlanarPoint(x: 0, y: 0), PlanarPoint(x: 500, y: 0), PlanarPoint(x: 1_000, y: 0)]])

    @Test func aStepFromOneSideToTheOtherCrosses() {
        #expect(railway.crosses(PlanarPoint(x: 700, y: -40), PlanarPoint(x: 720, y: 60)))
    }

    @Test func aStepAlongOneSideOrPastTheEndDoesNot() {
        #expect(!railway.crosses(PlanarPoint(x: 100, y: 30), PlanarPoint(x: 900, y: 30)))
        #expect(!railway.crosses(PlanarPoint(x: 1_050, y: -50), PlanarPoint(x: 1_050, y: 50)))
    }

    @Test func aStepThatStartsOnTheLineIsNotACrossing() {
        // A house on the barrier street itself belongs to either side.
        #expect(!railway.crosses(PlanarPoint(x: 250, y: 0), PlanarPoint(x: 260, y: 80)))
    }
}
