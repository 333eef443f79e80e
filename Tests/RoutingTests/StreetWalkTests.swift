import Geometry
import TestSupport
import Testing

@testable import Routing

/// A walk along hand-drawn streets (metres on a local plane).
struct StreetWalkTests {
    static func at(_ x: Double, _ y: Double) -> Coordinate { StreetGraphTests.at(x, y) }

    @Test func aWalkFollowsTheStreetsAndCountsTheEmptyBlockAsDeadhead() throws {
        // A (0,0), B (100,0), C (200,0), D (200,100); door 1 at (50, 10) on A–B, door 2 at
        // (210, 50) beside C–D; nobody lives on B–C.
        let sketch = try StreetSketch("""
                      D
                      │
            A────B────C
            """, metersPerColumn: 20, metersPerRow: 50)
        let graph = StreetGraph.build(ways: StreetGraphTests.ways(sketch), profile: WalkingProfile())
        let index = SnapIndex(graph: graph)
        let doors = [Self.at(50, 10), Self.at(210, 50)]
        let stops = try doors.map { door in (door, try #require(index.snap(door, maxMeters: 150))) }
        let walk = StreetWalk(graph: graph, stops: stops)
        // 50 m to B, 100 m from B to C past no door, 50 m up to door 2's street.
        #expect(abs(walk.meters - 200) < 0.5)
        #expect(abs(walk.deadheadMeters - 100) < 0.5)
        let corners = [Self.at(100, 0), Self.at(200, 0)].map { corner in walk.coordinates.contains { greatCircleMeters($0, corner) < 0.01 } }
        #expect(corners == [true, true])
        #expect(walk.coordinates.first == doors[0] && walk.coordinates.last == doors[1])
    }

    /// One workspace lent to walk after walk (as each planning thread does) finds the walks
    /// a fresh one finds: nothing of an earlier search is left in it.
    @Test func aWorkspaceUsedBeforeWalksAsAFreshOne() throws {
        let sketch = try StreetSketch("""
            E────F    D
            │    │    │
            A────B────C
            """, metersPerColumn: 20, metersPerRow: 50)
        let graph = StreetGraph.build(ways: StreetGraphTests.ways(sketch), profile: WalkingProfile())
        let index = SnapIndex(graph: graph)
        let walks = [[Self.at(210, 50), Self.at(50, 10), Self.at(90, 90)], [Self.at(50, 90), Self.at(210, 60), Self.at(150, -10)]]
        var workspace = ShortestPaths.Workspace(nodeCount: graph.nodeCount)
        for doors in walks + walks {
            let stops = try doors.map { door in (door, try #require(index.snap(door, maxMeters: 150))) }
            let fresh = StreetWalk(graph: graph, stops: stops)
            let reused = StreetWalk(graph: graph, stops: stops, workspace: &workspace)
            #expect(reused.coordinates == fresh.coordinates)
            #expect(reused.meters == fresh.meters && reused.deadheadMeters == fresh.deadheadMeters)
        }
    }

    @Test func streetsThatDoNotMeetAreJoinedStraightAndCountedAsDeadhead() throws {
        let graph = StreetGraph.build(
            ways: [StreetGraphTests.way([(0, 0), (100, 0)]), StreetGraphTests.way([(0, 300), (100, 300)])], profile: WalkingProfile())
        let index = SnapIndex(graph: graph)
        let doors = [Self.at(50, 10), Self.at(50, 290)]
        let walk = StreetWalk(graph: graph, stops: try doors.map { door in (door, try #require(index.snap(door, maxMeters: 150))) })
        #expect(walk.coordinates == doors)
        #expect(abs(walk.deadheadMeters - 280) < 0.5)
        #expect(walk.straightLegs == [0])
    }

    /// A stop on a street that meets no other (an island in the data) is reached straight, and left straight.
    @Test func onlyTheLegsToAnotherPieceOfStreetsAreStraight() throws {
        let graph = StreetGraph.build(
            ways: [StreetGraphTests.way([(0, 0), (100, 0), (200, 0)]), StreetGraphTests.way([(0, 300), (100, 300)])], profile: WalkingProfile())
        let index = SnapIndex(graph: graph)
        let doors = [Self.at(20, 10), Self.at(50, 290), Self.at(150, 10), Self.at(180, 10)]
        let walk = StreetWalk(graph: graph, stops: try doors.map { door in (door, try #require(index.snap(door, maxMeters: 150))) })
        #expect(walk.straightLegs == [0, 1])
        // Back on the streets between the last two doors.
        let end = zip(walk.coordinates.suffix(3), [Self.at(150, 0), Self.at(180, 0), Self.at(180, 10)]).map { greatCircleMeters($0, $1) < 0.01 }
        #expect(end == [true, true, true])
    }
}
