import CGEOS

/// Finds which of many polygons cover a point: an STR-tree narrows the candidates
/// by envelope, prepared geometries answer the exact test fast. Holds GEOS state,
/// so it is not thread-safe; build one per task.
public final class PolygonLocator {
    private let context: GEOSContext
    private let polygons: [GEOSGeometryHandle]
    private var prepared: [OpaquePointer] = []
    private let tree: OpaquePointer

    /// - Parameter polygons: areal geometries; their positions are the indices `covering` returns.
    public init(context: GEOSContext, polygons: [GEOSGeometryHandle]) throws {
        self.context = context
        self.polygons = polygons
        // node capacity 10 is GEOS's documented default
        guard let tree = GEOSSTRtree_create_r(context.handle, 10) else {
            throw context.failure("GEOSSTRtree_create_r")
        }
        self.tree = tree
        for (index, polygon) in polygons.enumerated() {
            guard let p = GEOSPrepare_r(context.handle, polygon.pointer) else {
                throw context.failure("GEOSPrepare_r")
            }
            prepared.append(p)
            // The item is the index + 1 carried in a pointer, so NULL never stands for index 0.
            GEOSSTRtree_insert_r(context.handle, tree, polygon.pointer, UnsafeMutableRawPointer(bitPattern: index + 1))
        }
    }

    deinit {
        GEOSSTRtree_destroy_r(context.handle, tree)
        for p in prepared { GEOSPreparedGeom_destroy_r(context.handle, p) }
    }

    /// Indices of the polygons that cover (contain, boundary included) the point, ascending.
    public func covering(x: Double, y: Double) throws -> [Int] {
        let point = try context.point(x: x, y: y)
        final class Hits { var indices: [Int] = [] }
        let hits = Hits()
        GEOSSTRtree_query_r(
            context.handle, tree, point.pointer,
            { item, userData in
                guard let item, let userData else { return }
                Unmanaged<Hits>.fromOpaque(userData).takeUnretainedValue().indices.append(Int(bitPattern: item) - 1)
            },
            Unmanaged.passUnretained(hits).toOpaque())
        var result: [Int] = []
        for index in hits.indices.sorted() {
            // returns 1 on true, 0 on false, 2 on exception
            switch GEOSPreparedCovers_r(context.handle, prepared[index], point.pointer) {
            case 1: result.append(index)
            case 0: break
            default: throw context.failure("GEOSPreparedCovers_r")
            }
        }
        return result
    }

    public func covering(_ c: Coordinate) throws -> [Int] {
        try covering(x: c.longitude, y: c.latitude)
    }

    /// The polygon nearest to a position, by great-circle metres to its nearest point
    /// (degrees of longitude are shorter than of latitude), lowest index on a tie; with that
    /// point and the distance. Nil when there are no polygons.
    public func nearestPoint(_ c: Coordinate) throws -> (index: Int, point: Coordinate, meters: Double)? {
        var best: (index: Int, point: Coordinate, meters: Double)?
        for (index, polygon) in polygons.enumerated() {
            let p = try polygon.nearestPoint(toX: c.longitude, y: c.latitude)
            let point = Coordinate(latitude: p.y, longitude: p.x)
            let meters = greatCircleMeters(c, point)
            if best.map({ meters < $0.meters }) ?? true { best = (index, point, meters) }
        }
        return best
    }

    /// The index of the polygon nearest to a position (see `nearestPoint`).
    public func nearest(_ c: Coordinate) throws -> Int? {
        try nearestPoint(c)?.index
    }
}
