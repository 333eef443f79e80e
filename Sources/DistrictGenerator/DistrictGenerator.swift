import Foundation
import Geometry
import Households

/// Builds a synthetic district on real municipality polygons and SCB locality
/// populations: towns laid out as street grids with apartment blocks near the
/// centre and villa streets around them, farms on rural roads, railways and
/// rivers as barriers, and the ground truth of every household. Seeded, so a
/// seed always gives the same file.
public struct DistrictGenerator {
    public struct Options: Sendable {
        public var seed: UInt64 = 1
        /// Multiplies every locality's population.
        public var scale = 1.0
        /// People per household (SCB: about 2.1).
        public var peoplePerHousehold = 2.1
        /// Rural households as a share of a municipality's town households.
        public var ruralShare = 0.3
        /// Share of homes drawn without `addr:*` tags (the import finds them as "hus utan
        /// adress"); 0 writes the file as it always was.
        public var withoutAddressShare = 0.0
        public init() {}
    }

    static let cellMeters = 100.0

    let options: Options
    let assigner: AssociationAssigner
    var map = SyntheticMap()
    var random: SeededRandom
    /// For `withoutAddressShare` alone, so that dropping addresses moves nothing else.
    var droppedAddressRandom: SeededRandom
    var truth = GroundTruth(
        households: 0, addresses: 0, apartmentBuildings: 0, apartmentBuildingsWithFlats: 0, houses: 0, farms: 0,
        localitiesOutside: 0, outsideAddresses: 0, outsideHouseholds: 0, associations: [])
    var tallies: [String: (households: Int, addresses: Int)] = [:]

    init(options: Options, assigner: AssociationAssigner) {
        self.options = options
        self.assigner = assigner
        random = SeededRandom(seed: options.seed)
        droppedAddressRandom = SeededRandom(seed: options.seed ^ 0xADD2_E55E_5D20_99ED)
    }

    /// Counts an address and its households where an import will find it: in the polygon it lies in.
    mutating func tally(_ position: Coordinate, households: Int) throws {
        truth.addresses += 1
        truth.households += households
        guard let name = try assigner.association(at: position) else {
            truth.outsideAddresses += 1
            truth.outsideHouseholds += households
            return
        }
        tallies[name, default: (0, 0)].households += households
        tallies[name, default: (0, 0)].addresses += 1
    }

    /// Generates the district and writes it as OSM XML; returns the ground truth.
    public static func generate(municipalities: [Boundary], localities: [Locality], options: Options, to url: URL) throws -> GroundTruth {
        let assigner = try AssociationAssigner(boundaries: municipalities)
        var generator = DistrictGenerator(options: options, assigner: assigner)
        var townsByMunicipality: [String: [Locality]] = [:]
        for locality in localities {
            guard let (placed, name) = try generator.placed(locality) else {
                generator.truth.localitiesOutside += 1
                continue
            }
            townsByMunicipality[name, default: []].append(placed)
        }
        for municipality in municipalities.sorted(by: { $0.name < $1.name }) {
            let towns = (townsByMunicipality[municipality.name] ?? []).sorted { ($0.population, $0.name) > ($1.population, $1.name) }
            try generator.municipality(municipality, towns: towns)
        }
        generator.truth.associations = generator.truth.associations.map { entry in
            var entry = entry
            entry.households = generator.tallies[entry.name]?.households ?? 0
            entry.addresses = generator.tallies[entry.name]?.addresses ?? 0
            return entry
        }
        try generator.map.writeXML(to: url)
        return generator.truth
    }

    /// Localities this far outside the polygons still count: coarse municipality polygons cut
    /// off coasts and river mouths, where a city's point may lie (Göteborg's, in the Göta älv).
    static let coastMeters = 3_000.0

    /// A locality as it is built, with its municipality: where it lies, or for one just outside
    /// every polygon, moved past the nearest polygon's edge by half its town's width, so that
    /// the town lies in its municipality and not in the sea. Nil for one farther out.
    mutating func placed(_ locality: Locality) throws -> (Locality, String)? {
        if let name = try assigner.association(at: locality.position) { return (locality, name) }
        guard let near = try assigner.nearestBoundaryPoint(to: locality.position), near.meters <= Self.coastMeters else { return nil }
        let projection = LocalProjection(origin: locality.position)
        let edge = projection.project(near.point)
        let length = (edge.x * edge.x + edge.y * edge.y).squareRoot()
        let inward = length > 0 ? Self.townLayout(locality, households: households(of: locality)).halfMeters / length : 0
        let past = projection.unproject(PlanarPoint(x: edge.x * (1 + inward), y: edge.y * (1 + inward)))
        var moved = locality
        moved.position = try assigner.association(at: past) == near.name ? past : near.point
        truth.localitiesMovedInside = (truth.localitiesMovedInside ?? 0) + 1
        return (moved, near.name)
    }

    func households(of town: Locality) -> Int {
        max(1, Int((Double(town.population) * options.scale / options.peoplePerHousehold).rounded()))
    }

    mutating func municipality(_ boundary: Boundary, towns: [Locality]) throws {
        var townHouseholds = 0
        var townCorners: [Int64] = []
        var cornerPoints: [Coordinate] = []
        for town in towns {
            let built = try self.town(town, households: households(of: town))
            townHouseholds += built.households
            townCorners.append(built.cornerNode)
            cornerPoints.append(built.cornerPoint)
        }
        try rural(
            boundary, households: Int((Double(townHouseholds) * options.ruralShare).rounded()), anchor: townCorners.first,
            anchorPoint: cornerPoints.first)
        truth.associations.append(GroundTruth.Association(name: boundary.name, households: 0, addresses: 0, towns: towns.count))
    }
}
