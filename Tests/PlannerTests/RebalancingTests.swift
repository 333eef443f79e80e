import Geometry
import Testing
import Vocabulary

@testable import Planner

/// Evening routed areas on their measured times.
struct RebalancingTests {
    /// Units in a row along one street, 50 m apart, each joined to the next.
    static func street(seconds: [Double], papers: Int = 5) -> CutGraph {
        let n = seconds.count
        return CutGraph(
            seconds: seconds, papers: Array(repeating: papers, count: n), centers: (0..<n).map { PlanarPoint(x: Double($0) * 50, y: 0) },
            adjacency: (0..<n).map { u in [u - 1, u + 1].filter { (0..<n).contains($0) } })
    }

    @Test func aShortAreaTakesUnitsFromTheLongAreaBesideIt() {
        // A street of 20 units; the first area's 8 measured 64 min, the second's 12 measured 116 min.
        let seconds = (0..<20).map { $0 < 8 ? 480.0 : 580.0 }
        let graph = Self.street(seconds: seconds)
        let cutter = AreaCutter(target: AreaTarget(Seconds(5_400), maxPapers: 300))
        let areas = cutter.rebalance([Array(0..<8), Array(8..<20)], graph)
        let loads = areas.map { $0.reduce(0.0) { $0 + seconds[$1] } }
        #expect(areas[0].count > 8)
        #expect(loads.allSatisfy { abs($0 - 5_400) <= 0.15 * 5_400 }, "loads \(loads)")
        #expect(areas.allSatisfy { cutter.isConnected($0, graph) })
    }

    @Test func areasWithinTheToleranceAreLeftAsTheyAre() {
        let seconds = Array(repeating: 500.0, count: 21)
        let graph = Self.street(seconds: seconds)
        // 10 × 500 s = 83 min and 11 × 500 s = 92 min: both within, though not even.
        let areas = AreaCutter(target: AreaTarget(Seconds(5_400), maxPapers: 300)).rebalance([Array(0..<10), Array(10..<21)], graph)
        #expect(areas == [Array(0..<10), Array(10..<21)])
    }
}
