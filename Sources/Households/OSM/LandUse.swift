import Geometry

/// The `landuse=*` areas of an extract, collected while it streams by.
struct LanduseAreas {
    var ways: [(use: String, id: Int64, refs: Range<Int>)] = []
    /// Member way ids of each multipolygon.
    var relations: [(use: String, memberWays: [Int64])] = []
}

extension OSMExtractAssembler {
    /// Gives each building the `landuse` of the smallest land-use area its middle lies in
    /// (a residential patch inside an industrial estate is the more telling one), from ways
    /// and multipolygons alike. The household rules read it: work land makes a hall
    /// (`HouseholdRules.workLanduses`), residential land is evidence for a home without an
    /// address, and some land is never a home (`WithoutAddressRules.neverInLanduse`).
    func markLandUse(_ buildings: inout [Building]) throws {
        var shapes: [GEOSGeometryHandle] = []
        var values: [String] = []
        var squareDegrees: [Double] = []
        func add(_ area: GEOSGeometryHandle, _ use: String) throws {
            let valid = try area.isValid() ? area : try area.makeValid()
            guard let size = try? valid.area() else { return }
            shapes.append(valid)
            values.append(use)
            squareDegrees.append(size)
        }
        for way in collector.landuse.ways {
            guard let ring = closedRing(way.refs) else { continue }
            try add(try geos.polygon(rings: [ring]), way.use)
        }
        for relation in collector.landuse.relations {
            let members = OSMCollector.Relation(id: 0, address: nil, building: nil, memberWays: relation.memberWays)
            if let area = try relationArea(members) { try add(area, relation.use) }
        }
        guard !shapes.isEmpty else { return }
        let locator = try PolygonLocator(context: geos, polygons: shapes)
        for i in buildings.indices {
            let smallest = try locator.covering(buildings[i].center).min { (squareDegrees[$0], $0) < (squareDegrees[$1], $1) }
            buildings[i].landuse = smallest.map { values[$0] }
        }
    }
}
