import Geometry

extension OSMExtractAssembler {
    /// Gives each building the `landuse` of the smallest land-use area its middle lies in
    /// (a residential patch inside an industrial estate is the more telling one); the
    /// household rules read it (`HouseholdRules.workLanduses`). Land mapped only as a
    /// multipolygon relation is not read.
    func markLandUse(_ buildings: inout [Building]) throws {
        var shapes: [GEOSGeometryHandle] = []
        var values: [String] = []
        var squareDegrees: [Double] = []
        for land in collector.landUses {
            guard let ring = closedRing(land.refs) else { continue }
            let polygon = try geos.polygon(rings: [ring])
            guard let area = try? polygon.area() else { continue }
            shapes.append(polygon)
            values.append(land.value)
            squareDegrees.append(area)
        }
        guard !shapes.isEmpty else { return }
        let locator = try PolygonLocator(context: geos, polygons: shapes)
        for i in buildings.indices {
            let smallest = try locator.covering(buildings[i].center).min { (squareDegrees[$0], $0) < (squareDegrees[$1], $1) }
            buildings[i].landuse = smallest.map { values[$0] }
        }
    }
}
