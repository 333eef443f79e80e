import Geometry
import TestSupport
import Testing

@testable import Routing

/// Small hand-drawn street maps on a local plane around Karlstad; one character is 10 m.
struct StreetGraphTests {
    static let projection = LocalProjection(origin: Coordinate(latitude: 59.38, longitude: 13.50))
    static func at(_ x: Double, _ y: Double) -> Coordinate { projection.unproject(PlanarPoint(x: x, y: y)) }
    static func way(_ points: [(Double, Double)], _ tags: [String: String] = ["highway": "residential"]) -> WayInput {
        WayInput(coordinates: points.map { at($0.0, $0.1) }, tags: tags)
    }

    /// The ways of a drawn map, named by their ends ("AB": "Storgatan").
    static func ways(_ sketch: StreetSketch, names: [String: String] = [:]) -> [WayInput] {
        sketch.ways.map { way in
            var tags = way.kind.tags
            tags["name"] = names[String([way.from, way.to])]
            return Self.way(sketch.line(way).map { ($0.x, $0.y) }, tags)
        }
    }

    /// Storgatan A–B and Kyrkogatan A–C; C═D is a motorway, not walkable. A is at (0, 100),
    /// D at (100, 0).
    static let sketch = (try? StreetSketch("""
        A───────B
        │
        C═══════D
        """, metersPerColumn: 12.5, metersPerRow: 50)) ?? StreetSketch.empty
    static let map = ways(sketch, names: ["AB": "Storgatan", "AC": "Kyrkogatan"])

    @Test func theDrawingIsTheMap() throws {
        #expect(Self.sketch.junctions["A"] == .init(x: 0, y: 100) && Self.sketch.junctions["D"] == .init(x: 100, y: 0))
        #expect(Self.sketch.ways.map { "\($0.from)\($0.to)" } == ["AB", "AC", "CD"])
        #expect(Self.sketch.way("D", "C")?.kind == .mainRoad)
        #expect(throws: StreetSketch.SketchError.self) { try StreetSketch("A───  B", metersPerColumn: 10, metersPerRow: 10) }
    }

    @Test func waysMeetWhereTheyShareAPositionAndUnwalkableWaysAreLeftOut() {
        let graph = StreetGraph.build(ways: Self.map, profile: WalkingProfile())
        #expect(graph.nodeCount == 3)
        #expect(graph.segments.count == 2)
        #expect(graph.names == ["Storgatan", "Kyrkogatan"])
        let a = StreetGraph.Node(graph.nodes.firstIndex(of: Self.at(0, 100)) ?? -1)
        #expect(graph.edges(of: a).count == 2)
        #expect(graph.edges(of: a).allSatisfy { abs(graph.meters($0) - 100) < 0.1 })
    }

    @Test func aPointSnapsToTheNearestSegment() throws {
        let graph = StreetGraph.build(ways: Self.map, profile: WalkingProfile())
        let index = SnapIndex(graph: graph)
        // 8 m north of Storgatan, a quarter of the way along
        let snap = try #require(index.snap(Self.at(25, 108), maxMeters: 50))
        #expect(graph.names[Int(graph.segments[snap.segment].name)] == "Storgatan")
        #expect(abs(snap.fraction - 0.25) < 0.01)
        #expect(abs(snap.offsetMeters - 8) < 0.1)
        #expect(!snap.isLinked)
    }

    @Test func aPointFarFromEveryStreetIsLinkedNotDropped() throws {
        let graph = StreetGraph.build(ways: Self.map, profile: WalkingProfile())
        let snap = try #require(SnapIndex(graph: graph).snap(Self.at(600, 600), maxMeters: 150))
        #expect(snap.isLinked)
        #expect(snap.offsetMeters > 500)
    }

    @Test func walkingDistanceGoesRoundByTheStreets() throws {
        let graph = StreetGraph.build(ways: Self.map, profile: WalkingProfile())
        let index = SnapIndex(graph: graph)
        let onStorgatan = try #require(index.snap(Self.at(50, 100), maxMeters: 50))
        let onKyrkogatan = try #require(index.snap(Self.at(0, 50), maxMeters: 50))
        let alsoOnStorgatan = try #require(index.snap(Self.at(80, 100), maxMeters: 50))
        let meters = ShortestPaths(graph: graph).meters(from: onStorgatan, to: [onKyrkogatan, alsoOnStorgatan, onStorgatan])
        #expect(abs(meters[0] - 100) < 0.5)  // 50 m west to A, 50 m south
        #expect(abs(meters[1] - 30) < 0.5)  // along the same street
        #expect(meters[2] < 1e-9)
    }

    @Test func streetsThatDoNotMeetAreInfinitelyFarApart() throws {
        let ways = [Self.way([(0, 0), (100, 0)]), Self.way([(0, 500), (100, 500)])]
        let graph = StreetGraph.build(ways: ways, profile: WalkingProfile())
        let index = SnapIndex(graph: graph)
        let a = try #require(index.snap(Self.at(50, 0), maxMeters: 50))
        let b = try #require(index.snap(Self.at(50, 500), maxMeters: 50))
        #expect(ShortestPaths(graph: graph).meters(from: a, to: [b]) == [.infinity])
    }

    @Test func eachConnectedPieceOfStreetsHasItsOwnLabel() throws {
        let ways = [Self.way([(0, 0), (100, 0)]), Self.way([(100, 0), (100, 100)]), Self.way([(0, 500), (100, 500)])]
        let graph = StreetGraph.build(ways: ways, profile: WalkingProfile())
        let piece = { (x: Double, y: Double) in graph.piece(of: StreetGraph.Node(graph.nodes.firstIndex(of: Self.at(x, y)) ?? -1)) }
        #expect(piece(0, 0) == piece(100, 100))
        #expect(piece(0, 500) == piece(100, 500))
        #expect(piece(0, 0) != piece(0, 500))
        // A search for points in both pieces finds the one in its own and stops there.
        let index = SnapIndex(graph: graph)
        let from = try #require(index.snap(Self.at(0, 0), maxMeters: 50))
        let near = try #require(index.snap(Self.at(100, 100), maxMeters: 50))
        let across = try #require(index.snap(Self.at(50, 500), maxMeters: 50))
        let meters = ShortestPaths(graph: graph).meters(from: from, to: [across, near])
        #expect(meters[0] == .infinity)
        #expect(abs(meters[1] - 200) < 0.5)
    }
}
