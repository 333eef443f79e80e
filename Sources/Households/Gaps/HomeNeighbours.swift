import Geometry

/// The homes around a building: evidence that a `building=yes` among them is one too.
struct HomeNeighbours {
    private struct Cell: Hashable {
        let x: Int
        let y: Int
    }

    private let radiusMeters: Double
    private let projection: LocalProjection
    private var cells: [Cell: [(key: String, at: PlanarPoint)]] = [:]

    init(buildings: [Building], radiusMeters: Double, isHome: (Building) -> Bool) {
        self.radiusMeters = radiusMeters
        projection = LocalProjection(origin: BoundingBox(buildings.map(\.center))?.center ?? Coordinate(latitude: 0, longitude: 0))
        for building in buildings where isHome(building) {
            let at = projection.project(building.center)
            cells[cell(at), default: []].append((building.key, at))
        }
    }

    private func cell(_ p: PlanarPoint) -> Cell {
        Cell(x: Int((p.x / radiusMeters).rounded(.down)), y: Int((p.y / radiusMeters).rounded(.down)))
    }

    /// Homes other than the building itself whose centre lies within the radius of its centre.
    func count(near building: Building) -> Int {
        let at = projection.project(building.center)
        let middle = cell(at)
        var n = 0
        for dx in -1...1 {
            for dy in -1...1 {
                for home in cells[Cell(x: middle.x + dx, y: middle.y + dy)] ?? [] where home.key != building.key && home.at.distance(to: at) <= radiusMeters {
                    n += 1
                }
            }
        }
        return n
    }
}
