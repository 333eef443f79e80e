import Foundation
import Geometry

/// One town: a square grid of 100 m blocks, streets on the block edges (shared
/// nodes at every crossing, so the street graph is connected), apartment blocks
/// in the blocks nearest the centre, villas further out.
extension DistrictGenerator {
    struct BuiltTown {
        var households = 0
        var cornerNode: Int64 = 0
        var cornerPoint = Coordinate(latitude: 0, longitude: 0)
    }

    /// Homes in one block of apartments (two buildings of three entrances) and of villas (eight houses).
    static let apartmentBlockHouseholds = 64
    static let villaBlockHouseholds = 8

    /// A town's square: its blocks of apartments and of villas, and its side in blocks.
    struct Layout {
        var apartmentBlocks: Int
        var side: Int
        var halfMeters: Double { Double(side) * DistrictGenerator.cellMeters / 2 }
    }

    static func townLayout(_ town: Locality, households: Int) -> Layout {
        let apartmentShare = town.population > 20_000 ? 0.6 : town.population > 5_000 ? 0.45 : town.population > 1_000 ? 0.25 : 0.05
        let apartmentHouseholds = Int(Double(households) * apartmentShare)
        let apartmentBlocks = (apartmentHouseholds + Self.apartmentBlockHouseholds - 1) / Self.apartmentBlockHouseholds
        let villaBlocks = max(1, (households - apartmentBlocks * Self.apartmentBlockHouseholds + Self.villaBlockHouseholds - 1) / Self.villaBlockHouseholds)
        return Layout(apartmentBlocks: apartmentBlocks, side: Int(Double(apartmentBlocks + villaBlocks).squareRoot().rounded(.up)))
    }

    mutating func town(_ town: Locality, households: Int) throws -> BuiltTown {
        let projection = LocalProjection(origin: town.position)
        let layout = Self.townLayout(town, households: households)
        let (apartmentBlocks, side, half) = (layout.apartmentBlocks, layout.side, layout.halfMeters)

        // Crossings: (side + 1)² shared nodes.
        var crossing: [[Int64]] = []
        for row in 0...side {
            crossing.append((0...side).map { column in
                map.node(projection.unproject(PlanarPoint(x: Double(column) * Self.cellMeters - half, y: Double(row) * Self.cellMeters - half)))
            })
        }
        for row in 0...side {
            map.way(crossing[row], tags: [("highway", row == side / 2 ? "tertiary" : "residential"), ("name", StreetNames.name(row))])
        }
        for column in 0...side {
            map.way((0...side).map { crossing[$0][column] }, tags: [("highway", "residential"), ("name", StreetNames.name(side + 1 + column))])
        }

        // Blocks nearest the centre first; apartments take the first of them.
        let blocks = (0..<side).flatMap { row in (0..<side).map { (row, $0) } }
            .sorted { a, b in
                let da = abs(Double(a.0) - Double(side - 1) / 2) + abs(Double(a.1) - Double(side - 1) / 2)
                let db = abs(Double(b.0) - Double(side - 1) / 2) + abs(Double(b.1) - Double(side - 1) / 2)
                return (da, a.0, a.1) < (db, b.0, b.1)
            }
        var built = BuiltTown(cornerNode: crossing[0][0], cornerPoint: projection.unproject(PlanarPoint(x: -half, y: -half)))
        var remaining = households
        for (index, block) in blocks.enumerated() where remaining > 0 {
            let center = PlanarPoint(
                x: (Double(block.1) + 0.5) * Self.cellMeters - half, y: (Double(block.0) + 0.5) * Self.cellMeters - half)
            let streets = (south: StreetNames.name(block.0), north: StreetNames.name(block.0 + 1))
            let homes = index < apartmentBlocks
                ? try apartmentBlock(center: center, column: block.1, streets: streets, budget: remaining, projection: projection)
                : try villaBlock(center: center, column: block.1, streets: streets, budget: remaining, projection: projection)
            built.households += homes
            remaining -= homes
        }
        if town.population > 5_000 { barrier(("railway", "rail"), side: side, projection: projection, vertical: false) }
        if town.population > 2_000 && random.chance(0.5) { barrier(("waterway", "river"), side: side, projection: projection, vertical: true) }
        return built
    }

    /// Two apartment buildings, each facing its street with three entrances.
    private mutating func apartmentBlock(
        center: PlanarPoint, column: Int, streets: (south: String, north: String), budget: Int, projection: LocalProjection
    ) throws -> Int {
        var households = 0
        for (side, street) in [(-1.0, streets.south), (1.0, streets.north)] where households < budget {
            let levels = Double(Int(random.uniform(3...6.99)))
            let footprint = 60.0 * 12
            // Truth: about 75 m² gross floor area per flat, give or take 15 %.
            let flats = max(3, Int((footprint * levels / 75 * random.uniform(0.85...1.15)).rounded()))
            let buildingCenter = PlanarPoint(x: center.x, y: center.y + side * 25)
            var tags: [(String, String)] = [("building", "apartments")]
            if random.chance(0.8) { tags.append(("building:levels", String(Int(levels)))) }
            if random.chance(0.4) {
                tags.append(("building:flats", String(flats)))
                truth.apartmentBuildingsWithFlats += 1
            }
            _ = map.rectangle(center: buildingCenter, width: 60, depth: 12, projection: projection, tags: tags)
            truth.apartmentBuildings += 1
            let dropped = dropsAddress(households: flats)
            // Entrances 1 m inside the wall that faces the street.
            let wallY = buildingCenter.y - side * 5
            for (slot, dx) in [-20.0, 0, 20].enumerated() {
                let number = 2 * (column * 3 + slot) + (side < 0 ? 1 : 2)
                let position = projection.unproject(PlanarPoint(x: center.x + dx, y: wallY))
                _ = map.node(position, tags: [("entrance", "yes")] + Self.addressTags(street: street, number: number, dropped: dropped))
                // The flats split evenly over the three entrances, the first taking the remainder.
                try tally(position, households: flats / 3 + (slot < flats % 3 ? 1 : 0))
            }
            households += flats
        }
        return households
    }

    /// Up to eight villas, four facing each street, the address on the building.
    private mutating func villaBlock(
        center: PlanarPoint, column: Int, streets: (south: String, north: String), budget: Int, projection: LocalProjection
    ) throws -> Int {
        var built = 0
        for (side, street) in [(-1.0, streets.south), (1.0, streets.north)] {
            for (slot, dx) in [-37.5, -12.5, 12.5, 37.5].enumerated() where built < budget {
                let number = 2 * (column * 4 + slot) + (side < 0 ? 1 : 2)
                let at = PlanarPoint(x: center.x + dx, y: center.y + side * 30)
                _ = map.rectangle(
                    center: at, width: 10, depth: 12, projection: projection,
                    tags: [("building", "house")] + Self.addressTags(street: street, number: number, dropped: dropsAddress(households: 1)))
                try tally(projection.unproject(at), households: 1)
                truth.houses += 1
                built += 1
            }
        }
        return built
    }

    /// A railway or river straight through the town's middle blocks (between their
    /// two rows of buildings), reaching past the edge.
    private mutating func barrier(_ tag: (String, String), side: Int, projection: LocalProjection, vertical: Bool) {
        let half = Double(side) * Self.cellMeters / 2
        let offset = (Double(side / 2) + 0.5) * Self.cellMeters - half
        let reach = half + 200
        let ends = vertical
            ? [PlanarPoint(x: offset, y: -reach), PlanarPoint(x: offset, y: reach)]
            : [PlanarPoint(x: -reach, y: offset), PlanarPoint(x: reach, y: offset)]
        let nodes = ends.map { map.node(projection.unproject($0)) }
        map.way(nodes, tags: [tag])
    }
}
