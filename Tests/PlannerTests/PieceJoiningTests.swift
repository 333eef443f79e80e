import Geometry
import Testing
import Vocabulary

@testable import Planner

/// Short pieces of streets joining their neighbours: two hamlets of 1.5 targets each,
/// 400 m apart along a road, and a third beyond reach.
struct PieceJoiningTests {
    let joining = PieceJoining(target: AreaTarget(Seconds(5_400), tolerance: 0.15, maxPapers: 300), maxMeters: 1_000)

    /// A row of `count` units of `seconds` each, 50 m apart, starting at `x`.
    static func row(_ count: Int, from first: Int, x: Double, seconds: Double) -> (seconds: [Double], centers: [PlanarPoint], adjacency: [[Int]]) {
        let units = Array(first..<(first + count))
        return (
            Array(repeating: seconds, count: count),
            units.map { PlanarPoint(x: x + Double($0 - first) * 50, y: 0) },
            units.map { u in [u - 1, u + 1].filter { units.contains($0) } }
        )
    }

    static func hamlets(farGapMeters: Double) -> (graph: CutGraph, pieces: [[Int]]) {
        // Each hamlet: 10 units of 810 s = 8,100 s = 1.5 targets, 450 m long.
        let a = row(10, from: 0, x: 0, seconds: 810)
        let b = row(10, from: 10, x: 850, seconds: 810)
        let c = row(10, from: 20, x: 1_300 + farGapMeters, seconds: 810)
        let graph = CutGraph(
            seconds: a.seconds + b.seconds + c.seconds, papers: Array(repeating: 5, count: 30), centers: a.centers + b.centers + c.centers,
            adjacency: a.adjacency + b.adjacency + c.adjacency)
        return (graph, [Array(0..<10), Array(10..<20), Array(20..<30)])
    }

    @Test func oneAndAHalfTargetsDividesNeitherWayButOneTwoAndThreeDo() {
        #expect(!joining.divides(1.5 * 5_400))
        #expect(!joining.divides(2.4 * 5_400))
        #expect(!joining.divides(0.6 * 5_400))
        #expect(joining.divides(1.0 * 5_400))
        #expect(joining.divides(1.8 * 5_400))
        #expect(joining.divides(3.0 * 5_400))
        #expect(joining.divides(3.3 * 5_400))
    }

    @Test func aShortPieceJoinsTheNearestPieceAndTheLinkIsABorder() {
        let (graph, pieces) = Self.hamlets(farGapMeters: 5_000)
        let joined = joining.join(pieces, in: graph) { a, b in graph.centers[a].distance(to: graph.centers[b]) }
        // The first two (3 targets together) join at their facing ends; the far one stays alone.
        #expect(joined.pieces == [Array(0..<20), Array(20..<30)])
        #expect(joined.graph.adjacency[9] == [8, 10] && joined.graph.adjacency[10] == [9, 11])
        #expect(joined.graph.isBorderLink(9, 10) && joined.graph.isBorderLink(10, 9))
        #expect(!joined.graph.isBorderLink(8, 9))
    }

    @Test func aWalkLongerThanTheLimitJoinsNothing() {
        let (graph, pieces) = Self.hamlets(farGapMeters: 5_000)
        // A river between the first two: the walk round by the bridge is 3 km.
        let joined = joining.join(pieces, in: graph) { a, b in
            (a < 10) != (b < 10) ? 3_000 : graph.centers[a].distance(to: graph.centers[b])
        }
        #expect(joined.pieces == pieces)
        #expect(joined.graph.adjacency == graph.adjacency)
    }

    @Test func joinedPiecesAreCutIntoBalancedAreas() {
        let (graph, pieces) = Self.hamlets(farGapMeters: 5_000)
        let joined = joining.join(pieces, in: graph) { a, b in graph.centers[a].distance(to: graph.centers[b]) }
        let areas = AreaCutter(target: AreaTarget(Seconds(5_400), maxPapers: 300)).cut(joined.graph, pieces: [joined.pieces[0]])
        #expect(areas.count == 3)
        #expect(areas.allSatisfy { abs(Double($0.count) * 810 - 5_400) <= 0.15 * 5_400 }, "\(areas.map(\.count))")
    }
}
