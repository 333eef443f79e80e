import Geometry

/// A route walked along the streets: door, street, along the streets to the next
/// door's street, door. Its line is what a map draws; its deadhead (metres on
/// streets where the route has no door) is what a coordinator wants small.
public struct StreetWalk: Sendable {
    public let coordinates: [Coordinate]
    /// Along the streets; the straight links between doors and streets aside.
    public let meters: Double
    /// Metres on segments without any of the route's stops; legs between streets
    /// that do not meet count their straight line.
    public let deadheadMeters: Double
    /// Legs drawn straight, the streets not connecting within the limit (pieces of the
    /// network that do not meet): leg i runs from stop i to stop i + 1.
    public let straightLegs: [Int]

    /// How far a walk's leg is searched along the streets before it is drawn straight.
    public static let walkingLimit = 20_000.0

    /// - Parameters:
    ///   - stops: in walking order, each door and its snap on `graph`.
    ///   - limit: legs longer than this are drawn straight.
    public init(graph: StreetGraph, stops: [(door: Coordinate, snap: Snap)], limit: Double = StreetWalk.walkingLimit) {
        var workspace = ShortestPaths.Workspace(nodeCount: graph.nodeCount)
        self.init(graph: graph, stops: stops, limit: limit, workspace: &workspace)
    }

    /// The walk, its legs searched in a workspace kept from walk to walk (a district's
    /// graph has a million nodes: one workspace per thread, not per walk).
    public init(
        graph: StreetGraph, stops: [(door: Coordinate, snap: Snap)], limit: Double = StreetWalk.walkingLimit,
        workspace: inout ShortestPaths.Workspace
    ) {
        func key(_ a: StreetGraph.Node, _ b: StreetGraph.Node) -> Int64 { Int64(min(a, b).raw) << 32 | Int64(max(a, b).raw) }
        let served = Set(stops.map { key(graph.segments[$0.snap.segment].from, graph.segments[$0.snap.segment].to) })
        let paths = ShortestPaths(graph: graph)
        var line: [Coordinate] = stops.first.map { [$0.door] } ?? []
        var meters = 0.0
        var deadhead = 0.0
        var straightLegs: [Int] = []
        for (leg, (a, b)) in zip(stops, stops.dropFirst()).enumerated() {
            guard let path = paths.path(from: a.snap, to: b.snap, limit: limit, workspace: &workspace) else {
                let straight = greatCircleMeters(a.door, b.door)
                meters += straight
                deadhead += straight
                straightLegs.append(leg)
                line.append(b.door)
                continue
            }
            meters += path.meters
            line.append(graph.coordinate(of: a.snap))
            for (u, v) in zip(path.nodes, path.nodes.dropFirst()) where !served.contains(key(u, v)) {
                deadhead += greatCircleMeters(graph.coordinate(of: u), graph.coordinate(of: v))
            }
            line += path.nodes.map(graph.coordinate(of:))
            line.append(graph.coordinate(of: b.snap))
            line.append(b.door)
        }
        // Consecutive repeats (a door on its street, two doors at one snap) add nothing to a line.
        coordinates = line.enumerated().filter { $0.offset == 0 || line[$0.offset - 1] != $0.element }.map(\.element)
        self.meters = meters
        deadheadMeters = deadhead
        self.straightLegs = straightLegs
    }
}
