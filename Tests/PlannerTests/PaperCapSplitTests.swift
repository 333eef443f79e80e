import Geometry
import Testing
import Vocabulary

@testable import Planner

/// An area over the paper cap that no door can leave: split in two connected halves.
struct PaperCapSplitTests {
    let cutter = AreaCutter(target: AreaTarget(Minutes(90), maxPapers: 300))

    /// Doors along one street, each joined to the next.
    static func street(papers: [Int]) -> CutGraph {
        CutGraph(
            seconds: Array(repeating: 600, count: papers.count), papers: papers,
            centers: papers.indices.map { PlanarPoint(x: Double($0) * 50, y: 0) },
            adjacency: papers.indices.map { i in [i - 1, i + 1].filter { papers.indices.contains($0) } })
    }

    @Test func aStreetOverTheCapIsSplitWhereThePapersAreMostEven() throws {
        let graph = Self.street(papers: [60, 80, 90, 70, 60])
        let halves = try #require(cutter.paperCapHalves([0, 1, 2, 3, 4], graph))
        // 140 and 220 papers: the middle door cannot start a half, it would cut the street.
        #expect(halves.first == [0, 1])
        #expect(halves.second == [2, 3, 4])
    }

    @Test func bothHalvesStayConnectedAndUnderTheCap() throws {
        let graph = AreaCutterTests.grid(3, seconds: 600, papers: 40)
        let area = Array(0..<9)
        let halves = try #require(cutter.paperCapHalves(area, graph))
        #expect((halves.first + halves.second).sorted() == area)
        for half in [halves.first, halves.second] {
            #expect(cutter.isConnected(half, graph))
            #expect(half.reduce(0) { $0 + graph.papers[$1] } <= 300)
        }
    }

    @Test func aStarWhoseEveryHalfWouldBeOverTheCapOrApartIsNotSplit() {
        // A square with four blocks of flats around it: any half under the cap leaves the others apart.
        let papers = [10, 100, 100, 100, 100]
        let graph = CutGraph(
            seconds: Array(repeating: 600, count: 5), papers: papers,
            centers: papers.indices.map { PlanarPoint(x: Double($0), y: 0) },
            adjacency: [[1, 2, 3, 4], [0], [0], [0], [0]])
        #expect(cutter.paperCapHalves([0, 1, 2, 3, 4], graph) == nil)
    }

    @Test func aSplitAreaKeepsItsGoalAndHandsOverItsUnits() {
        let graph = Self.street(papers: [100, 100, 100, 100])
        var cut = AreaCutter.Cut(areas: [[0, 1, 2, 3]], goals: [5_400], graph)
        cut.split(0, off: [2, 3], graph)
        #expect(cut.areas == [[0, 1], [2, 3]])
        #expect(cut.carried == [200, 200])
        #expect(cut.load == [1_200, 1_200])
        #expect(cut.goal == [5_400, 5_400])
        #expect(cut.region[3] == 1)
    }
}
