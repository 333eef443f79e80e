/// Positions along a Hilbert curve: sorting by it keeps neighbours near each other in a
/// list (areas in a stack of sheets, for one).
public enum HilbertCurve {
    /// The distance along a curve of order `order` (a 2^order grid) of cell (x, y).
    public static func index(x: Int, y: Int, order: Int = 16) -> Int {
        var x = x, y = y
        var d = 0
        var s = 1 << (order - 1)
        while s > 0 {
            let rx = (x & s) > 0 ? 1 : 0
            let ry = (y & s) > 0 ? 1 : 0
            d += s * s * ((3 * rx) ^ ry)
            if ry == 0 {
                if rx == 1 {
                    x = s - 1 - x
                    y = s - 1 - y
                }
                swap(&x, &y)
            }
            s >>= 1
        }
        return d
    }

    /// The order of `points` along the curve over their bounding box; ties keep their order.
    public static func order(_ points: [PlanarPoint], order: Int = 16) -> [Int] {
        guard let first = points.first else { return [] }
        var minX = first.x, minY = first.y, maxX = first.x, maxY = first.y
        for p in points {
            minX = min(minX, p.x)
            minY = min(minY, p.y)
            maxX = max(maxX, p.x)
            maxY = max(maxY, p.y)
        }
        let side = Double((1 << order) - 1)
        let span = max(maxX - minX, maxY - minY, 1)
        let keys = points.map { p in index(x: Int((p.x - minX) / span * side), y: Int((p.y - minY) / span * side), order: order) }
        return points.indices.sorted { (keys[$0], $0) < (keys[$1], $1) }
    }
}
