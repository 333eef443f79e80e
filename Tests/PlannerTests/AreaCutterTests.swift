import Geometry
import Testing

@testable import Planner

/// The cutter on hand-made graphs: a town of equal blocks, and a street with an apartment block.
struct AreaCutterTests {
    /// side × side blocks of `seconds` each, 100 m apart, joined to the blocks beside them.
    static func grid(_ side: Int, seconds: Double = 60, papers: Int = 5) -> CutGraph {
        var adjacency: [[Int]] = []
        var centers: [PlanarPoint] = []
        for row in 0..<side {
            for column in 0..<side {
                centers.append(PlanarPoint(x: Double(column) * 100, y: Double(row) * 100))
                var next: [Int] = []
                if row > 0 { next.append((row - 1) * side + column) }
                if column > 0 { next.append(row * side + column - 1) }
                if column + 1 < side { next.append(row * side + column + 1) }
                if row + 1 < side { next.append((row + 1) * side + column) }
                adjacency.append(next)
            }
        }
        let n = side * side
        return CutGraph(seconds: Array(repeating: seconds, count: n), papers: Array(repeating: papers, count: n), centers: centers, adjacency: adjacency)
    }

    @Test func everyBlockIsInExactlyOneConnectedArea() {
        let graph = Self.grid(20)
        let cutter = AreaCutter(targetSeconds: 1_200, maxPapers: 300)
        let areas = cutter.cut(graph)
        let all = areas.flatMap { $0 }
        #expect(all.count == 400 && Set(all).count == 400)
        for area in areas {
            #expect(area.count == 1 || cutter.stillConnected(area + [-1], without: -1, graph), "area \(area) is in pieces")
        }
    }

    @Test func equalBlocksGiveBalancedAreas() {
        let areas = AreaCutter(targetSeconds: 1_200, maxPapers: 300).cut(Self.grid(20))
        #expect(areas.count == 20)
        let within = areas.filter { abs(Double($0.count) * 60 - 1_200) <= 0.15 * 1_200 }
        #expect(Double(within.count) / Double(areas.count) >= 0.8, "sizes \(areas.map(\.count).sorted())")
    }

    @Test func thePaperCapSplitsAreasThatAreShortButHeavy() {
        // 100 entrances of 30 papers in a line: 3,000 papers, little time. Cap 300 → at least 10 areas.
        var graph = Self.grid(10, seconds: 10, papers: 30)
        graph.adjacency = graph.adjacency.map { $0 }
        let areas = AreaCutter(targetSeconds: 5_400, maxPapers: 300).cut(graph)
        #expect(areas.count >= 10)
        #expect(areas.allSatisfy { $0.reduce(0) { $0 + graph.papers[$1] } <= 300 })
    }

    @Test func separateTownsAreCutSeparately() {
        // Two 5 × 5 grids that do not touch.
        let a = Self.grid(5)
        var graph = a
        graph.seconds += a.seconds
        graph.papers += a.papers
        graph.centers += a.centers.map { PlanarPoint(x: $0.x + 10_000, y: $0.y) }
        graph.adjacency += a.adjacency.map { $0.map { $0 + 25 } }
        let areas = AreaCutter(targetSeconds: 750, maxPapers: 300).cut(graph)
        #expect(areas.allSatisfy { area in area.allSatisfy { $0 < 25 } || area.allSatisfy { $0 >= 25 } })
        #expect(areas.count == 4)
    }
}

extension AreaCutterTests {
    @Test func unitsSplitByThePaperCapStillLandOnce() {
        // A line of 12 pieces, two of them heavy neighbours: the cap forces them apart.
        var graph = Self.grid(4, seconds: 100, papers: 20)
        graph.papers[5] = 280
        graph.papers[6] = 250
        let areas = AreaCutter(targetSeconds: 400, maxPapers: 300).cut(graph)
        let all = areas.flatMap { $0 }
        #expect(all.count == 16 && Set(all).count == 16)
        #expect(areas.allSatisfy { $0.reduce(0) { $0 + graph.papers[$1] } <= 300 })
    }
}

extension AreaCutterTests {
    @Test func piecesAtTheSamePositionAreNeverTwoSeedsOfOneUnit() {
        // Two runs of one street (same centre), together over the cap: two areas, each unit once.
        let graph = CutGraph(
            seconds: [100, 100], papers: [250, 200], centers: [PlanarPoint(x: 0, y: 0), PlanarPoint(x: 0, y: 0)], adjacency: [[1], [0]])
        let areas = AreaCutter(targetSeconds: 5_400, maxPapers: 300).cut(graph)
        #expect(areas.sorted { $0[0] < $1[0] } == [[0], [1]])
    }
}
