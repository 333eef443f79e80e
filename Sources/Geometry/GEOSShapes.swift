import CGEOS

/// Reading GEOS geometries back into plain values, and buffering.
extension GEOSGeometryHandle {
    /// Everything within `width` of the geometry (coordinates' units), round joins of 8 segments a quarter circle.
    public func buffer(_ width: Double) throws -> GEOSGeometryHandle {
        try context.own(GEOSBuffer_r(context.handle, pointer, width, 8), "GEOSBuffer_r")
    }

    /// The polygons of a Polygon or MultiPolygon (other types give none), as x, y pairs.
    public func polygonRings() throws -> [[[PlanarPoint]]] {
        let h = context.handle
        // returns -1 on exception
        let type = GEOSGeomTypeId_r(h, pointer)
        guard type >= 0 else { throw context.failure("GEOSGeomTypeId_r") }
        func rings(_ polygon: OpaquePointer) throws -> [[PlanarPoint]] {
            guard let shell = GEOSGetExteriorRing_r(h, polygon) else { throw context.failure("GEOSGetExteriorRing_r") }
            var result = [try points(shell)]
            // returns -1 on exception
            let holes = GEOSGetNumInteriorRings_r(h, polygon)
            guard holes >= 0 else { throw context.failure("GEOSGetNumInteriorRings_r") }
            for i in 0..<holes {
                guard let hole = GEOSGetInteriorRingN_r(h, polygon, i) else { throw context.failure("GEOSGetInteriorRingN_r") }
                result.append(try points(hole))
            }
            return result
        }
        func points(_ ring: OpaquePointer) throws -> [PlanarPoint] {
            guard let sequence = GEOSGeom_getCoordSeq_r(h, ring) else { throw context.failure("GEOSGeom_getCoordSeq_r") }
            var size: UInt32 = 0
            // both return 0 on exception
            guard GEOSCoordSeq_getSize_r(h, sequence, &size) != 0 else { throw context.failure("GEOSCoordSeq_getSize_r") }
            return try (0..<size).map { i in
                var x = 0.0
                var y = 0.0
                guard GEOSCoordSeq_getXY_r(h, sequence, i, &x, &y) != 0 else { throw context.failure("GEOSCoordSeq_getXY_r") }
                return PlanarPoint(x: x, y: y)
            }
        }
        switch type {
        case Int32(GEOS_POLYGON.rawValue):
            return [try rings(pointer)]
        case Int32(GEOS_MULTIPOLYGON.rawValue):
            // returns -1 on exception
            let count = GEOSGetNumGeometries_r(h, pointer)
            guard count >= 0 else { throw context.failure("GEOSGetNumGeometries_r") }
            return try (0..<count).map { i in
                guard let part = GEOSGetGeometryN_r(h, pointer, i) else { throw context.failure("GEOSGetGeometryN_r") }
                return try rings(part)
            }
        default:
            return []
        }
    }
}

extension GEOSContext {
    /// The area within `meters` of a walk through these positions (or around a single one),
    /// measured on a local plane, as WGS84 polygons with RFC 7946 winding
    /// (outer rings counter-clockwise, holes clockwise).
    public func corridor(_ coordinates: [Coordinate], meters: Double) throws -> MultiPolygonShape {
        guard let box = BoundingBox(coordinates) else { return MultiPolygonShape(polygons: []) }
        let projection = LocalProjection(origin: box.center)
        let planar = coordinates.map(projection.project)
        let line = planar.count == 1
            ? try point(x: planar[0].x, y: planar[0].y)
            : try lineString(planar.flatMap { [$0.x, $0.y] })
        let polygons = try line.buffer(meters).polygonRings()
        return MultiPolygonShape(polygons: polygons.compactMap { rings in
            let oriented = rings.enumerated().map { index, ring in
                let counterClockwise = signedArea(ring) > 0
                return (index == 0) == counterClockwise ? ring : ring.reversed()
            }
            guard let outer = oriented.first else { return nil }
            return PolygonShape(outer: outer.map(projection.unproject), holes: oriented.dropFirst().map { $0.map(projection.unproject) })
        })
    }

    private func signedArea(_ ring: [PlanarPoint]) -> Double {
        zip(ring, ring.dropFirst()).reduce(0.0) { $0 + ($1.0.x * $1.1.y - $1.1.x * $1.0.y) } / 2
    }
}
