import Foundation
import Geometry
import Testing
import Vocabulary

@testable import Planner

/// The cutter on hand-made graphs: a town of equal blocks, and a street with an apartment block.
struct AreaCutterTests {
    /// side × side blocks of `seconds` each, 100 m apart, joined to the blocks beside them.
    static func grid(_ side: Int, seconds: Double = 60, papers: Int = 5) -> CutGraph {
        grid(wide: side, deep: side, seconds: seconds, papers: papers)
    }

    /// wide × deep blocks; a railway between row `railwayAfterRow` and the next, crossed by every column's street.
    static func grid(wide: Int, deep: Int, seconds: Double, papers: Int, railwayAfterRow: Int? = nil) -> CutGraph {
        var adjacency: [[Int]] = []
        var across: [[Int]] = []
        var centers: [PlanarPoint] = []
        for row in 0..<deep {
            for column in 0..<wide {
                centers.append(PlanarPoint(x: Double(column) * 100, y: Double(row) * 100))
                var next: [Int] = []
                if row > 0 { next.append((row - 1) * wide + column) }
                if column > 0 { next.append(row * wide + column - 1) }
                if column + 1 < wide { next.append(row * wide + column + 1) }
                if row + 1 < deep { next.append((row + 1) * wide + column) }
                adjacency.append(next)
                across.append(
                    row == railwayAfterRow ? [(row + 1) * wide + column] : row - 1 == railwayAfterRow ? [(row - 1) * wide + column] : [])
            }
        }
        let n = wide * deep
        return CutGraph(
            seconds: Array(repeating: seconds, count: n), papers: Array(repeating: papers, count: n), centers: centers,
            adjacency: adjacency, borderLinks: across)
    }

    @Test func everyBlockIsInExactlyOneConnectedArea() {
        let graph = Self.grid(20)
        let cutter = AreaCutter(target: AreaTarget(Seconds(1_200), maxPapers: 300))
        let areas = cutter.cut(graph)
        let all = areas.flatMap { $0 }
        #expect(all.count == 400 && Set(all).count == 400)
        for area in areas {
            #expect(area.count == 1 || cutter.stillConnected(area + [-1], without: -1, graph), "area \(area) is in pieces")
        }
    }

    @Test func equalBlocksGiveBalancedAreas() {
        let areas = AreaCutter(target: AreaTarget(Seconds(1_200), maxPapers: 300)).cut(Self.grid(20))
        #expect(areas.count == 20)
        let within = areas.filter { abs(Double($0.count) * 60 - 1_200) <= 0.15 * 1_200 }
        #expect(Double(within.count) / Double(areas.count) >= 0.8, "sizes \(areas.map(\.count).sorted())")
    }

    @Test func thePaperCapSplitsAreasThatAreShortButHeavy() {
        // 100 entrances of 30 papers in a line: 3,000 papers, little time. Cap 300 → at least 10 areas.
        var graph = Self.grid(10, seconds: 10, papers: 30)
        graph.adjacency = graph.adjacency.map { $0 }
        let areas = AreaCutter(target: AreaTarget(Seconds(5_400), maxPapers: 300)).cut(graph)
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
        let areas = AreaCutter(target: AreaTarget(Seconds(750), maxPapers: 300)).cut(graph)
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
        let areas = AreaCutter(target: AreaTarget(Seconds(400), maxPapers: 300)).cut(graph)
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
        let areas = AreaCutter(target: AreaTarget(Seconds(5_400), maxPapers: 300)).cut(graph)
        #expect(areas.sorted { $0[0] < $1[0] } == [[0], [1]])
    }
}

extension AreaCutterTests {
    @Test func aBorderFollowsTheRailwayRatherThanTheShorterCutAcrossTheTown() {
        // 8 blocks wide, 6 deep; a railway runs between rows 2 and 3, crossed by every
        // column's street. Cutting the town in two vertically would separate 6 pairs of
        // blocks, along the railway 8: only the barrier makes the railway the border.
        let wide = 8
        let graph = Self.grid(wide: wide, deep: 6, seconds: 100, papers: 5, railwayAfterRow: 2)
        let areas = AreaCutter(target: AreaTarget(Seconds(2_400), maxPapers: 300)).cut(graph)
        #expect(areas.count == 2)
        #expect(areas.allSatisfy { area in area.allSatisfy { $0 < 3 * wide } || area.allSatisfy { $0 >= 3 * wide } }, "areas \(areas)")
    }

    @Test func blocksOfUnevenWorkAreStillCutWithinTheTolerance() {
        // 30 × 30 blocks of 20 to 100 seconds (seeded): about 60 areas of 15 minutes.
        var graph = Self.grid(30)
        var random = SeededRandom(seed: 7)
        graph.seconds = graph.seconds.map { _ in Double(random.next() % 81 + 20) }
        let target = 900.0
        let areas = AreaCutter(target: AreaTarget(Seconds(target), maxPapers: 300)).cut(graph)
        let loads = areas.map { $0.reduce(0.0) { $0 + graph.seconds[$1] } }
        let within = loads.filter { abs($0 - target) <= 0.15 * target }
        #expect(Double(within.count) / Double(areas.count) >= 0.95, "loads \(loads.sorted())")
        #expect(areas.allSatisfy { AreaCutter(target: AreaTarget(Seconds(target), maxPapers: 300)).isConnected($0, graph) })
    }

    /// A small piece tries one more part at a time, as before; a city's piece of a thousand
    /// areas tries 14 times, not 267.
    @Test func metisIsAskedForOneMorePartAtATimeThenForTwiceAsManyMore() {
        #expect(AreaCutter.extraParts(upTo: 1) == [0, 1])
        #expect(AreaCutter.extraParts(upTo: 8) == Array(0...8))
        #expect(AreaCutter.extraParts(upTo: 16) == Array(0...8) + [16])
        #expect(AreaCutter.extraParts(upTo: 267) == Array(0...8) + [16, 32, 64, 128, 256, 267])
    }

    /// The first try alone (most pieces need no other), then two at a time where METIS may run twice at once.
    @Test func metisTriesGoTwoAtATimeAfterTheFirst() {
        let tries = AreaCutter.extraParts(upTo: 267)
        #expect(AreaCutter.tryBatches(tries, atOnce: 2) == [[0], [1, 2], [3, 4], [5, 6], [7, 8], [16, 32], [64, 128], [256, 267]])
        #expect(AreaCutter.tryBatches(tries, atOnce: 1) == tries.map { [$0] })
        #expect(AreaCutter.tryBatches([0, 1], atOnce: 2) == [[0], [1]])
    }

    /// Growth and METIS cut a piece each on a core of their own: the areas are the same
    /// when the piece is cut alone and when four cuts run at once (each cut's two methods
    /// then share the cores with the others', METIS one run at a time).
    @Test func aPieceCutOnTwoCoresGetsTheSameAreasHoweverTheCoresAreShared() {
        var uneven = Self.grid(30)
        var random = SeededRandom(seed: 5)
        uneven.seconds = uneven.seconds.map { _ in Double(random.next() % 81 + 20) }
        let graph = uneven
        let cutter = AreaCutter(target: AreaTarget(Seconds(1_800), maxPapers: 300))
        let alone = cutter.cut(graph)
        #expect(alone.count > 20)
        let slots = ConcurrentSlots<[[Int]]>(count: 4)
        DispatchQueue.concurrentPerform(iterations: 4) { slots.set($0, cutter.cut(graph)) }
        #expect(slots.values.allSatisfy { $0 == alone })
    }
}
