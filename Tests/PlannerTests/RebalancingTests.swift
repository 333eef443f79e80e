import Geometry
import Testing
import Vocabulary

@testable import Planner

/// Evening routed areas on their measured times.
struct RebalancingTests {
    @Test func aShortAreaTakesUnitsFromTheLongAreaBesideIt() {
        // A street of 20 units; the first area's 8 measured 64 min, the second's 12 measured 116 min.
        let seconds = (0..<20).map { $0 < 8 ? 480.0 : 580.0 }
        let graph = CutGraph(
            seconds: seconds, papers: Array(repeating: 5, count: 20), centers: (0..<20).map { PlanarPoint(x: Double($0) * 50, y: 0) },
            adjacency: (0..<20).map { u in [u - 1, u + 1].filter { (0..<20).contains($0) } })
        let cutter = AreaCutter(target: AreaTarget(Seconds(5_400), maxPapers: 300))
        let areas = cutter.rebalance([Array(0..<8), Array(8..<20)], graph)
        let loads = areas.map { $0.reduce(0.0) { $0 + seconds[$1] } }
        #expect(areas[0].count > 8)
        #expect(loads.allSatisfy { abs($0 - 5_400) <= 0.15 * 5_400 }, "loads \(loads)")
        #expect(areas.allSatisfy { cutter.isConnected($0, graph) })
    }

    @Test func areasWithinTheToleranceAreLeftAsTheyAre() {
        let seconds = Array(repeating: 500.0, count: 21)
        let graph = CutGraph(
            seconds: seconds, papers: Array(repeating: 5, count: 21), centers: (0..<21).map { PlanarPoint(x: Double($0) * 50, y: 0) },
            adjacency: (0..<21).map { u in [u - 1, u + 1].filter { (0..<21).contains($0) } })
        // 10 × 500 s = 83 min and 11 × 500 s = 92 min: both within, though not even.
        let areas = AreaCutter(target: AreaTarget(Seconds(5_400), maxPapers: 300)).rebalance([Array(0..<10), Array(10..<21)], graph)
        #expect(areas == [Array(0..<10), Array(10..<21)])
    }
}
