import CGEOS

/// Building GEOS geometries from plain values. Coordinates go in as x = longitude,
/// y = latitude, or as planar metres.
extension GEOSContext {
    public func point(x: Double, y: Double) throws -> GEOSGeometryHandle {
        try own(GEOSGeom_createPointFromXY_r(handle, x, y), "GEOSGeom_createPointFromXY_r")
    }

    public func point(_ c: Coordinate) throws -> GEOSGeometryHandle {
        try point(x: c.longitude, y: c.latitude)
    }

    /// A linear ring or line string from interleaved x, y values.
    private func sequence(_ xy: [Double]) throws -> OpaquePointer {
        let size = UInt32(xy.count / 2)
        let sequence = xy.withUnsafeBufferPointer { buffer in
            // returns NULL on exception
            GEOSCoordSeq_copyFromBuffer_r(handle, buffer.baseAddress, size, 0, 0)
        }
        guard let sequence else { throw failure("GEOSCoordSeq_copyFromBuffer_r") }
        return sequence
    }

    public func lineString(_ xy: [Double]) throws -> GEOSGeometryHandle {
        try own(GEOSGeom_createLineString_r(handle, try sequence(xy)), "GEOSGeom_createLineString_r")
    }

    /// A polygon from rings of interleaved x, y values; the first ring is the shell.
    public func polygon(rings: [[Double]]) throws -> GEOSGeometryHandle {
        guard let shellXY = rings.first else { throw GEOSError(message: "polygon without rings") }
        // The shell and holes are taken over by the polygon, or freed here on failure.
        guard let shell = GEOSGeom_createLinearRing_r(handle, try sequence(shellXY)) else {
            throw failure("GEOSGeom_createLinearRing_r")
        }
        var holes: [OpaquePointer?] = []
        for ringXY in rings.dropFirst() {
            guard let ring = GEOSGeom_createLinearRing_r(handle, try sequence(ringXY)) else {
                GEOSGeom_destroy_r(handle, shell)
                for hole in holes { GEOSGeom_destroy_r(handle, hole) }
                throw failure("GEOSGeom_createLinearRing_r")
            }
            holes.append(ring)
        }
        let polygon = holes.withUnsafeMutableBufferPointer { buffer in
            GEOSGeom_createPolygon_r(handle, shell, buffer.baseAddress, UInt32(buffer.count))
        }
        return try own(polygon, "GEOSGeom_createPolygon_r")
    }

    public func polygon(_ shape: PolygonShape) throws -> GEOSGeometryHandle {
        try polygon(rings: ([shape.outer] + shape.holes).map { ring in ring.flatMap { [$0.longitude, $0.latitude] } })
    }

    public func multiPolygon(_ shape: MultiPolygonShape) throws -> GEOSGeometryHandle {
        try collection(type: GEOS_MULTIPOLYGON, members: shape.polygons.map(polygon))
    }

    public func multiLineString(_ lines: [[Double]]) throws -> GEOSGeometryHandle {
        try collection(type: GEOS_MULTILINESTRING, members: lines.map(lineString))
    }

    private func collection(type: GEOSGeomTypes, members: [GEOSGeometryHandle]) throws -> GEOSGeometryHandle {
        var pointers: [OpaquePointer?] = members.map { $0.release() }
        let made = pointers.withUnsafeMutableBufferPointer { buffer in
            GEOSGeom_createCollection_r(handle, Int32(type.rawValue), buffer.baseAddress, UInt32(buffer.count))
        }
        if made == nil { for p in pointers { GEOSGeom_destroy_r(handle, p) } }
        return try own(made, "GEOSGeom_createCollection_r")
    }
}
