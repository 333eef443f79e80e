import Geometry

/// Where a delivery point meets the street graph: a position on a segment, or,
/// for a point with no walkable street within reach (a farm at the end of a
/// private drive, an island in the data), a straight link to the nearest node.
public struct Snap: Sendable, Hashable {
    /// Index into `StreetGraph.segments`.
    public let segment: Int
    /// 0 at the segment's `from` node, 1 at its `to` node.
    public let fraction: Double
    /// From the point to the street, walked both ways.
    public let offsetMeters: Double
    /// True when no street was within reach and the point hangs on a straight link.
    public let isLinked: Bool
}

/// A grid over the graph's segments in a local plane, for nearest-segment queries.
public struct SnapIndex: Sendable {
    private let graph: StreetGraph
    private let projection: LocalProjection
    private let grid: SegmentGrid

    public init(graph: StreetGraph, cellMeters: Double = 100) {
        self.graph = graph
        projection = LocalProjection(origin: BoundingBox(graph.nodes)?.center ?? Coordinate(latitude: 0, longitude: 0))
        let projected = graph.nodes.map(projection.project)
        grid = SegmentGrid(segments: graph.segments.map { (projected[$0.from.index], projected[$0.to.index]) }, cellMeters: cellMeters)
    }

    /// The nearest point on any segment within `maxMeters`; beyond that, a link to
    /// the nearest segment found at all (flagged). Nil only for an empty graph.
    public func snap(_ c: Coordinate, maxMeters: Double) -> Snap? {
        guard let best = grid.nearest(to: projection.project(c)) else { return nil }
        return Snap(segment: best.segment, fraction: best.fraction, offsetMeters: best.meters, isLinked: best.meters > maxMeters)
    }
}
