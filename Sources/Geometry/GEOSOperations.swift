import CGEOS

extension GEOSGeometryHandle {
    private var h: GEOSContextHandle_t { context.handle }

    /// Planar area in the units of the coordinates squared.
    public func area() throws -> Double {
        var value = 0.0
        // returns 0 on exception
        guard GEOSArea_r(h, pointer, &value) != 0 else { throw context.failure("GEOSArea_r") }
        return value
    }

    public func isValid() throws -> Bool {
        // returns 1 on true, 0 on false, 2 on exception
        switch GEOSisValid_r(h, pointer) {
        case 1: return true
        case 0: return false
        default: throw context.failure("GEOSisValid_r")
        }
    }

    public func makeValid() throws -> GEOSGeometryHandle {
        try context.own(GEOSMakeValid_r(h, pointer), "GEOSMakeValid_r")
    }

    /// A point guaranteed to lie inside an areal geometry (unlike the centroid of an L-shape).
    public func pointOnSurface() throws -> (x: Double, y: Double) {
        let point = try context.own(GEOSPointOnSurface_r(h, pointer), "GEOSPointOnSurface_r")
        var x = 0.0
        var y = 0.0
        // both return 0 on exception
        guard GEOSGeomGetX_r(h, point.pointer, &x) != 0, GEOSGeomGetY_r(h, point.pointer, &y) != 0 else {
            throw context.failure("GEOSGeomGetX_r")
        }
        return (x, y)
    }

    /// Polygons formed from linework, holes included (as PostGIS ST_BuildArea):
    /// how a multipolygon relation's member ways become an area.
    public func buildArea() throws -> GEOSGeometryHandle {
        try context.own(GEOSBuildArea_r(h, pointer), "GEOSBuildArea_r")
    }

    /// The point of this geometry nearest to (x, y), in the coordinates' units.
    public func nearestPoint(toX x: Double, y: Double) throws -> (x: Double, y: Double) {
        let point = try context.point(x: x, y: y)
        // returns NULL on exception; the caller frees the sequence
        guard let pair = GEOSNearestPoints_r(h, pointer, point.pointer) else { throw context.failure("GEOSNearestPoints_r") }
        defer { GEOSCoordSeq_destroy_r(h, pair) }
        var nx = 0.0
        var ny = 0.0
        // both return 0 on exception; the first of the pair lies on this geometry
        guard GEOSCoordSeq_getX_r(h, pair, 0, &nx) != 0, GEOSCoordSeq_getY_r(h, pair, 0, &ny) != 0 else {
            throw context.failure("GEOSCoordSeq_getX_r")
        }
        return (nx, ny)
    }

    public func isEmpty() throws -> Bool {
        // returns 1 on true, 0 on false, 2 on exception
        switch GEOSisEmpty_r(h, pointer) {
        case 1: return true
        case 0: return false
        default: throw context.failure("GEOSisEmpty_r")
        }
    }

    public func covers(_ other: GEOSGeometryHandle) throws -> Bool {
        // returns 1 on true, 0 on false, 2 on exception
        switch GEOSCovers_r(h, pointer, other.pointer) {
        case 1: return true
        case 0: return false
        default: throw context.failure("GEOSCovers_r")
        }
    }
}
