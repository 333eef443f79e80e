import Testing

@testable import Geometry

struct HilbertCurveTests {
    @Test func theOrder2CurveVisitsTheCellsInTheTextbookOrder() {
        // The 4×4 curve: (0,0) (1,0) (1,1) (0,1) (0,2) (0,3) (1,3) (1,2) (2,2) (2,3) (3,3) (3,2) (3,1) (2,1) (2,0) (3,0).
        let path = [(0, 0), (1, 0), (1, 1), (0, 1), (0, 2), (0, 3), (1, 3), (1, 2), (2, 2), (2, 3), (3, 3), (3, 2), (3, 1), (2, 1), (2, 0), (3, 0)]
        #expect(path.map { HilbertCurve.index(x: $0.0, y: $0.1, order: 2) } == Array(0..<16))
    }

    @Test func neighboursInTheOrderAreNeighboursOnTheGround() {
        // A 10×10 grid of points 100 m apart, shuffled: in curve order each step is one cell.
        var points = (0..<100).map { PlanarPoint(x: Double($0 % 10) * 100, y: Double($0 / 10) * 100) }
        var random = SeededRandom(seed: 7)
        points.shuffle(using: &random)
        let ordered = HilbertCurve.order(points).map { points[$0] }
        let steps = zip(ordered, ordered.dropFirst()).map { abs($0.x - $1.x) + abs($0.y - $1.y) }
        // A random order steps about 660 m on average here.
        #expect(steps.reduce(0, +) / Double(steps.count) < 150)
        #expect(Set(HilbertCurve.order(points)).count == 100)
    }
}
