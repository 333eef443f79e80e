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
    private let cellMeters: Double
    private let cells: [Cell: [Int32]]
    private let projected: [PlanarPoint]

    private struct Cell: Hashable {
        let x: Int
        let y: Int
    }

    public init(graph: StreetGraph, cellMeters: Double = 100) {
        self.graph = graph
        self.cellMeters = cellMeters
        projection = LocalProjection(origin: BoundingBox(graph.nodes)?.center ?? Coordinate(latitude: 0, longitude: 0))
        let projected = graph.nodes.map(projection.project)
        var cells: [Cell: [Int32]] = [:]
        for (i, s) in graph.segments.enumerated() {
            let a = projected[s.from.index]
            let b = projected[s.to.index]
            let x0 = Int((min(a.x, b.x) / cellMeters).rounded(.down))
            let x1 = Int((max(a.x, b.x) / cellMeters).rounded(.down))
            let y0 = Int((min(a.y, b.y) / cellMeters).rounded(.down))
            let y1 = Int((max(a.y, b.y) / cellMeters).rounded(.down))
            for x in x0...x1 {
                for y in y0...y1 { cells[Cell(x: x, y: y), default: []].append(Int32(i)) }
            }
        }
        self.cells = cells
        self.projected = projected
    }

    /// The nearest point on any segment within `maxMeters`; beyond that, a link to
    /// the nearest segment found at all (flagged). Nil only for an empty graph.
    public func snap(_ c: Coordinate, maxMeters: Double) -> Snap? {
        guard !graph.segments.isEmpty else { return nil }
        let p = projection.project(c)
        let cx = Int((p.x / cellMeters).rounded(.down))
        let cy = Int((p.y / cellMeters).rounded(.down))
        var best: (segment: Int, fraction: Double, meters: Double)?
        var ring = 0
        // Widen ring by ring until a hit is certainly the nearest, or the graph is exhausted.
        let maxRing = max(1, Int((max(abs(p.x), abs(p.y)) / cellMeters).rounded(.up)) + cells.count)
        while ring <= maxRing {
            for x in (cx - ring)...(cx + ring) {
                for y in (cy - ring)...(cy + ring) where max(abs(x - cx), abs(y - cy)) == ring {
                    for s in cells[Cell(x: x, y: y)] ?? [] {
                        let hit = nearest(on: Int(s), to: p)
                        if best.map({ (hit.meters, Int(s)) < ($0.meters, $0.segment) }) ?? true {
                            best = (Int(s), hit.fraction, hit.meters)
                        }
                    }
                }
            }
            if let best, best.meters <= Double(ring) * cellMeters { break }
            ring += 1
        }
        guard let best else { return nil }
        return Snap(segment: best.segment, fraction: best.fraction, offsetMeters: best.meters, isLinked: best.meters > maxMeters)
    }

    private func nearest(on segment: Int, to p: PlanarPoint) -> (fraction: Double, meters: Double) {
        let s = graph.segments[segment]
        let a = projected[s.from.index]
        let b = projected[s.to.index]
        let dx = b.x - a.x
        let dy = b.y - a.y
        let length2 = dx * dx + dy * dy
        let t = length2 == 0 ? 0 : min(1, max(0, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2))
        let x = a.x + t * dx - p.x
        let y = a.y + t * dy - p.y
        return (t, (x * x + y * y).squareRoot())
    }
}
