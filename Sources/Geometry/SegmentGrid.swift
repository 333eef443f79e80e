/// Line segments in a local plane, bucketed in square cells, for nearest-segment
/// queries: street snapping and naming a house by the street beside it.
public struct SegmentGrid: Sendable {
    public struct Hit: Sendable, Equatable {
        /// Index of the segment as given to `init`.
        public let segment: Int
        /// 0 at the segment's start, 1 at its end.
        public let fraction: Double
        public let meters: Double
    }

    private struct Cell: Hashable {
        let x: Int
        let y: Int
    }

    private let cellMeters: Double
    private let cells: [Cell: [Int32]]
    private let ends: [(PlanarPoint, PlanarPoint)]

    /// - Parameter segments: start and end of each segment, in metres of one projection.
    public init(segments: [(PlanarPoint, PlanarPoint)], cellMeters: Double = 100) {
        self.cellMeters = cellMeters
        var cells: [Cell: [Int32]] = [:]
        for (i, (a, b)) in segments.enumerated() {
            let x0 = Int((min(a.x, b.x) / cellMeters).rounded(.down))
            let x1 = Int((max(a.x, b.x) / cellMeters).rounded(.down))
            let y0 = Int((min(a.y, b.y) / cellMeters).rounded(.down))
            let y1 = Int((max(a.y, b.y) / cellMeters).rounded(.down))
            for x in x0...x1 {
                for y in y0...y1 { cells[Cell(x: x, y: y), default: []].append(Int32(i)) }
            }
        }
        self.cells = cells
        ends = segments
    }

    public var isEmpty: Bool { ends.isEmpty }

    /// The nearest point on any segment that `accepts` (all by default), lowest index on a
    /// tie; nil when none does, or none lies within `withinMeters` when that is given.
    public func nearest(to p: PlanarPoint, withinMeters: Double? = nil, accepts: (Int) -> Bool = { _ in true }) -> Hit? {
        guard !ends.isEmpty else { return nil }
        let cx = Int((p.x / cellMeters).rounded(.down))
        let cy = Int((p.y / cellMeters).rounded(.down))
        var best: Hit?
        var ring = 0
        // Widen ring by ring until a hit is certainly the nearest, or the grid is exhausted.
        let lastRing = withinMeters.map { Int(($0 / cellMeters).rounded(.up)) + 1 }
            ?? max(1, Int((max(abs(p.x), abs(p.y)) / cellMeters).rounded(.up)) + cells.count)
        while ring <= lastRing {
            for x in (cx - ring)...(cx + ring) {
                for y in (cy - ring)...(cy + ring) where max(abs(x - cx), abs(y - cy)) == ring {
                    for s in cells[Cell(x: x, y: y)] ?? [] where accepts(Int(s)) {
                        let hit = nearest(on: Int(s), to: p)
                        if best.map({ (hit.meters, hit.segment) < ($0.meters, $0.segment) }) ?? true { best = hit }
                    }
                }
            }
            if let best, best.meters <= Double(ring) * cellMeters { break }
            ring += 1
        }
        guard let best else { return nil }
        if let withinMeters, best.meters > withinMeters { return nil }
        return best
    }

    /// The point a fraction along a segment.
    public func point(on segment: Int, at fraction: Double) -> PlanarPoint {
        let (a, b) = ends[segment]
        return PlanarPoint(x: a.x + fraction * (b.x - a.x), y: a.y + fraction * (b.y - a.y))
    }

    private func nearest(on segment: Int, to p: PlanarPoint) -> Hit {
        let (a, b) = ends[segment]
        let dx = b.x - a.x
        let dy = b.y - a.y
        let length2 = dx * dx + dy * dy
        let t = length2 == 0 ? 0 : min(1, max(0, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2))
        let x = a.x + t * dx - p.x
        let y = a.y + t * dy - p.y
        return Hit(segment: segment, fraction: t, meters: (x * x + y * y).squareRoot())
    }
}
