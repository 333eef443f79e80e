/// Lines in the plane (metres) behind a grid, asked whether a straight step
/// between two points crosses any of them. Touching a line is not crossing it:
/// a point on a barrier street belongs to either side.
public struct CrossingIndex: Sendable {
    private struct Edge: Sendable {
        let a: PlanarPoint
        let b: PlanarPoint
    }

    private let cellMeters: Double
    private let edges: [Edge]
    private let cells: [Cell: [Int32]]

    private struct Cell: Hashable, Sendable {
        let x: Int
        let y: Int
    }

    public init(lines: [[PlanarPoint]], cellMeters: Double = 200) {
        self.cellMeters = cellMeters
        var edges: [Edge] = []
        var cells: [Cell: [Int32]] = [:]
        for line in lines {
            for (a, b) in zip(line, line.dropFirst()) {
                let id = Int32(edges.count)
                edges.append(Edge(a: a, b: b))
                for cell in Self.cells(a, b, cellMeters) { cells[cell, default: []].append(id) }
            }
        }
        self.edges = edges
        self.cells = cells
    }

    public var isEmpty: Bool { edges.isEmpty }

    /// Whether the step from `p` to `q` passes from one side of a line to the other.
    public func crosses(_ p: PlanarPoint, _ q: PlanarPoint) -> Bool {
        guard !edges.isEmpty else { return false }
        var checked: Set<Int32> = []
        for cell in Self.cells(p, q, cellMeters) {
            for id in cells[cell] ?? [] where checked.insert(id).inserted {
                if Self.properlyIntersect(p, q, edges[Int(id)].a, edges[Int(id)].b) { return true }
            }
        }
        return false
    }

    /// Grid cells of the segment's bounding box.
    private static func cells(_ a: PlanarPoint, _ b: PlanarPoint, _ size: Double) -> [Cell] {
        let x0 = Int((min(a.x, b.x) / size).rounded(.down)), x1 = Int((max(a.x, b.x) / size).rounded(.down))
        let y0 = Int((min(a.y, b.y) / size).rounded(.down)), y1 = Int((max(a.y, b.y) / size).rounded(.down))
        return (x0...x1).flatMap { x in (y0...y1).map { Cell(x: x, y: $0) } }
    }

    private static func properlyIntersect(_ p: PlanarPoint, _ q: PlanarPoint, _ a: PlanarPoint, _ b: PlanarPoint) -> Bool {
        // Within a centimetre of a line counts as on it.
        func side(_ o: PlanarPoint, _ d: PlanarPoint, _ x: PlanarPoint) -> Int {
            let cross = (d.x - o.x) * (x.y - o.y) - (d.y - o.y) * (x.x - o.x)
            let length = ((d.x - o.x) * (d.x - o.x) + (d.y - o.y) * (d.y - o.y)).squareRoot()
            return abs(cross) <= 0.01 * max(length, 1e-9) ? 0 : (cross > 0 ? 1 : -1)
        }
        let s1 = side(a, b, p), s2 = side(a, b, q), s3 = side(p, q, a), s4 = side(p, q, b)
        return s1 * s2 < 0 && s3 * s4 < 0
    }
}
