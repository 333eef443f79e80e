import Geometry

/// The named streets of a map, for placing a house the map gives no address beside the
/// street its letterbox most likely faces, under that street's name.
public struct NamedStreets: Sendable {
    /// A position on a street and the street's name.
    public struct Place: Sendable, Equatable {
        public var name: String
        /// On the street, nearest the building.
        public var onStreet: Coordinate
        public var meters: Double
    }

    /// Ways nobody lives on, however named: motorways, paths through parks, steps.
    static let notAddressStreets: Set<String> = [
        "motorway", "motorway_link", "footway", "path", "cycleway", "steps", "bridleway", "construction", "proposed",
        "platform", "corridor", "elevator", "raceway", "bus_guideway", "abandoned", "disused",
    ]

    private let projection: LocalProjection
    private let grid: SegmentGrid
    /// The street name of each segment.
    private let names: [String]

    public init(_ ways: [MapWay]) {
        var coordinates: [Coordinate] = []
        var pieces: [(Coordinate, Coordinate, String)] = []
        for way in ways where way.category == .highway {
            guard let name = way.name, !name.isEmpty, !Self.notAddressStreets.contains(way.tags["highway"] ?? "") else { continue }
            for (a, b) in zip(way.coordinates, way.coordinates.dropFirst()) { pieces.append((a, b, name)) }
            coordinates += way.coordinates
        }
        let projection = LocalProjection(origin: BoundingBox(coordinates)?.center ?? Coordinate(latitude: 0, longitude: 0))
        self.projection = projection
        grid = SegmentGrid(segments: pieces.map { (projection.project($0.0), projection.project($0.1)) })
        names = pieces.map(\.2)
    }

    /// The nearest named street within `maxMeters`, or nil.
    public func nearest(to c: Coordinate, maxMeters: Double) -> Place? {
        guard let hit = grid.nearest(to: projection.project(c), withinMeters: maxMeters) else { return nil }
        return Place(name: names[hit.segment], onStreet: projection.unproject(grid.point(on: hit.segment, at: hit.fraction)), meters: hit.meters)
    }

    /// A letterbox's place: `meters` from the street towards the building, or the building
    /// itself when it stands closer than that.
    public func beside(_ place: Place, towards building: Coordinate, meters: Double = 5) -> Coordinate {
        guard place.meters > meters else { return building }
        let local = LocalProjection(origin: place.onStreet)
        let b = local.project(building)
        let scale = meters / place.meters
        return local.unproject(PlanarPoint(x: b.x * scale, y: b.y * scale))
    }
}
