import Geometry
import Routing
import Vocabulary

/// Street metres between points of an association, searched once and looked up by
/// every tour among them: a rural sector's drive and then each of its rounds, which
/// are cut and re-cut from the drive.
struct DistanceTable: Sendable {
    let keys: [PointKey]
    private let position: [PointKey: Int]
    /// Row-major and symmetric; `.infinity` where the streets do not connect within
    /// 3 times the points' extent plus a kilometre (longer detours are not searched for).
    private let meters: [Double]

    init(_ keys: [PointKey], _ c: RouteContext) {
        self.keys = keys
        position = Dictionary(keys.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let coordinates = keys.map(c.coordinate)
        let extent = BoundingBox(coordinates).map {
            greatCircleMeters(Coordinate(latitude: $0.minLatitude, longitude: $0.minLongitude), Coordinate(latitude: $0.maxLatitude, longitude: $0.maxLongitude))
        } ?? 0
        let snaps = keys.compactMap { c.snaps[$0] }
        guard snaps.count == keys.count else {
            // No street graph at all.
            meters = [Double](repeating: .infinity, count: keys.count * keys.count)
            return
        }
        var matrix = c.workspaces.with { ShortestPaths(graph: c.graph).matrix(snaps, limit: 3 * extent + 1_000, workspace: &$0) }
        // A search cut off at the limit can find i → j but not j → i; the tour moves
        // assume symmetry (an asymmetric matrix made them cycle), so take the shorter.
        ShortestPaths.symmetrize(&matrix, n: keys.count)
        meters = matrix
    }

    /// The matrix among `subset` (keys of this table), row-major, for a tour: where
    /// the streets do not connect, the straight line walked twice over.
    func matrix(_ subset: [PointKey], _ c: RouteContext) -> [Double] {
        let n = subset.count
        let rows = subset.map { position[$0] ?? -1 }
        var matrix = [Double](repeating: 0, count: n * n)
        for a in 0..<n {
            for b in 0..<n where a != b {
                let (i, j) = (rows[a], rows[b])
                let known = i >= 0 && j >= 0 ? meters[i * keys.count + j] : .infinity
                matrix[a * n + b] = known.isFinite ? known : 2 * greatCircleMeters(c.coordinate(subset[a]), c.coordinate(subset[b]))
            }
        }
        return matrix
    }
}
