import Geometry

/// The `landuse=*` areas of an extract, collected while it streams by.
struct LanduseAreas {
    var ways: [(use: String, id: Int64, refs: Range<Int>)] = []
    /// Member way ids of each multipolygon.
    var relations: [(use: String, memberWays: [Int64])] = []
}

extension OSMExtractAssembler {
    /// The hook where the assembler makes points: buildings that no address object lies in
    /// or on, and that are homes by `HouseholdRules.withoutAddress`, become points beside their street.
    /// - Parameter addresses: where every address object of the file lies, merged or not.
    func homesWithoutAddress(
        buildings: [Building], locator: PolygonLocator, addresses: [Coordinate], mapWays: [MapWay]
    ) throws -> HomesWithoutAddress.Found {
        let gaps = rules.withoutAddress
        guard gaps.enabled else { return HomesWithoutAddress.Found() }
        var addressed = Set<String>()
        for c in addresses {
            for index in try locator.covering(c) { addressed.insert(buildings[index].key) }
        }
        let landuse = HomesWithoutAddress.Landuse(
            residential: try buildingKeys(buildings, inLanduse: ["residential"]),
            excluded: try buildingKeys(buildings, inLanduse: Set(gaps.neverInLanduse)))
        let indexOf = Dictionary(buildings.enumerated().map { ($1.key, $0) }, uniquingKeysWith: { a, _ in a })
        return try HomesWithoutAddress(rules: rules).find(
            buildings: buildings, addressed: addressed, landuse: landuse, streets: NamedStreets(mapWays)
        ) { building, street in
            try standsBetween(indexOf[building.key], building.center, street, locator: locator)
        }
    }

    /// Keys of the buildings whose middle lies in an area of one of these land uses.
    private func buildingKeys(_ buildings: [Building], inLanduse uses: Set<String>) throws -> Set<String> {
        var areas: [GEOSGeometryHandle] = []
        for way in collector.landuse.ways where uses.contains(way.use) {
            guard let ring = closedRing(way.refs) else { continue }
            let polygon = try geos.polygon(rings: [ring])
            areas.append(try polygon.isValid() ? polygon : try polygon.makeValid())
        }
        for relation in collector.landuse.relations where uses.contains(relation.use) {
            if let area = try relationArea(OSMCollector.Relation(id: 0, address: nil, building: nil, memberWays: relation.memberWays)) {
                areas.append(area)
            }
        }
        guard !areas.isEmpty else { return [] }
        let locator = try PolygonLocator(context: geos, polygons: areas)
        var keys = Set<String>()
        for building in buildings where try !locator.covering(building.center).isEmpty { keys.insert(building.key) }
        return keys
    }

    /// Whether a building other than `own` covers a point of the straight line from `from` to `to`
    /// (looked at every 2 m).
    private func standsBetween(_ own: Int?, _ from: Coordinate, _ to: Coordinate, locator: PolygonLocator) throws -> Bool {
        let steps = Int((greatCircleMeters(from, to) / 2).rounded(.up))
        guard steps > 1 else { return false }
        for step in 1..<steps {
            let t = Double(step) / Double(steps)
            let c = Coordinate(latitude: from.latitude + t * (to.latitude - from.latitude), longitude: from.longitude + t * (to.longitude - from.longitude))
            if try locator.covering(c).contains(where: { $0 != own }) { return true }
        }
        return false
    }
}
