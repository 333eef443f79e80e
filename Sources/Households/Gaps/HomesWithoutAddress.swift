import Foundation
import Geometry
import Vocabulary

/// Finds the homes the map draws but gives no address ("hus utan adress") and makes each a
/// delivery point beside its nearest named street. Pure: buildings, which of them carry or
/// contain an address, the land they stand in, and the streets in; points out.
public struct HomesWithoutAddress: Sendable {
    /// What the search made and left out, for the import's report.
    public struct Tally: Sendable, Equatable, Codable {
        /// Points by the rule that made them: "building=house", "building=yes on evidence".
        public var byRule: [String: Int] = [:]
        /// `building=yes` with evidence, but behind another building as seen from its street: left out.
        public var behindAnotherBuilding = 0
        /// Homes with no named street within `streetMeters`: left out.
        public var withoutStreet = 0
        public var withoutStreetExamples: [String] = []

        public var points: Int { byRule.values.reduce(0, +) }
    }

    public struct Found: Sendable, Equatable {
        public var points: [DeliveryPoint] = []
        public var tally = Tally()
    }

    /// Buildings by the land they stand in.
    public struct Landuse: Sendable {
        /// In `landuse=residential`: evidence for a home.
        public var residential: Set<String> = []
        /// In land where no home is taken from a building without an address (`neverInLanduse`).
        public var excluded: Set<String> = []

        public init(residential: Set<String> = [], excluded: Set<String> = []) {
            self.residential = residential
            self.excluded = excluded
        }
    }

    public let rules: HouseholdRules

    public init(rules: HouseholdRules) {
        self.rules = rules
    }

    private var gaps: WithoutAddressRules { rules.withoutAddress }

    /// The house number of a point made here: the map gives none.
    public static let noHouseNumber = ""

    /// - Parameters:
    ///   - addressed: keys of the buildings that carry an address or hold one inside or on their outline.
    ///   - landuse: which buildings lie in residential landuse, and which in land no home is taken from.
    ///   - blocked: whether another building stands on the straight way from a building to a
    ///     point on its street: then it is a shed or garage behind a house, not a home of its own.
    public func find(
        buildings: [Building], addressed: Set<String>, landuse: Landuse, streets: NamedStreets,
        blocked: (Building, Coordinate) throws -> Bool = { _, _ in false }
    ) rethrows -> Found {
        var found = Found()
        guard gaps.enabled else { return found }
        let homeTypes = Set(gaps.homeTypes)
        // A village the map gives no address and no home type at all still has neighbours of a house's size.
        let neighbours = HomeNeighbours(buildings: buildings, radiusMeters: gaps.neighbourMeters) { building in
            homeTypes.contains(building.type) || (addressed.contains(building.key) && !rules.classify(building).isNonResidential)
                || isHouseSized(building)
        }
        for building in buildings.sorted(by: { $0.key < $1.key }) where !addressed.contains(building.key) && !landuse.excluded.contains(building.key) {
            guard let evidence = evidence(for: building, homeTypes: homeTypes, neighbours: neighbours, inResidentialLanduse: landuse.residential)
            else { continue }
            guard let street = streets.nearest(to: building.center, maxMeters: gaps.streetMeters) else {
                found.tally.withoutStreet += 1
                if found.tally.withoutStreetExamples.count < SkipReport.examplesKept { found.tally.withoutStreetExamples.append(building.key) }
                continue
            }
            if !homeTypes.contains(building.type), try blocked(building, street.onStreet) {
                found.tally.behindAnotherBuilding += 1
                continue
            }
            // The building's own key: should the map give it an address later, it is the same point.
            found.points.append(DeliveryPoint(
                key: PointKey(building.key), address: Address(street: street.name, houseNumber: Self.noHouseNumber),
                coordinate: streets.beside(street, towards: building.center), buildingKey: building.key, withoutAddress: evidence.text))
            found.tally.byRule[evidence.rule, default: 0] += 1
        }
        return found
    }

    /// A building of a type that says nothing, with no use tag, of a house's footprint.
    func isHouseSized(_ building: Building) -> Bool {
        gaps.evidenceTypes.contains(building.type) && building.use == nil
            && (gaps.smallestSquareMeters...gaps.largestSquareMeters).contains(building.footprintSquareMeters)
    }

    /// Why a building is taken for a home, or nil when it is not.
    func evidence(
        for building: Building, homeTypes: Set<String>, neighbours: HomeNeighbours, inResidentialLanduse: Set<String>
    ) -> (rule: String, text: String)? {
        if homeTypes.contains(building.type) {
            guard building.footprintSquareMeters >= gaps.homeTypesFootprintAtLeast else { return nil }
            return ("building=\(building.type)", "building=\(building.type)")
        }
        guard isHouseSized(building) else { return nil }
        var seen: [String] = []
        if inResidentialLanduse.contains(building.key) { seen.append("residential landuse") }
        if let levels = building.levels, levels >= gaps.levelsAtLeast { seen.append("\(HouseholdEstimator.format(levels)) levels") }
        let homesNear = neighbours.count(near: building)
        if homesNear >= gaps.homeNeighbours { seen.append("\(homesNear) homes or house-sized buildings within \(Int(gaps.neighbourMeters)) m") }
        guard seen.count >= gaps.evidenceNeeded else { return nil }
        let size = "\(Int(building.footprintSquareMeters.rounded())) m²"
        return ("building=\(building.type) on evidence", "building=\(building.type), \(size): " + seen.joined(separator: ", "))
    }
}
