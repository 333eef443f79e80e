import Geometry

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
        let never = Set(gaps.neverInLanduse)
        let landuse = HomesWithoutAddress.Landuse(
            residential: Set(buildings.filter { $0.landuse == "residential" }.map(\.key)),
            excluded: Set(buildings.filter { $0.landuse.map(never.contains) ?? false }.map(\.key)))
        let indexOf = Dictionary(buildings.enumerated().map { ($1.key, $0) }, uniquingKeysWith: { a, _ in a })
        return try HomesWithoutAddress(rules: rules).find(
            buildings: buildings, addressed: addressed, landuse: landuse, streets: NamedStreets(mapWays)
        ) { building, street in
            try standsBetween(indexOf[building.key], building.center, street, locator: locator)
        }
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
