import Geometry

/// A building footprint and what the map says about its dwellings.
public struct Building: Hashable, Sendable {
    /// OSM identity: "w123" for a way, "r45" for a multipolygon relation.
    public let key: String
    /// The `building=*` value: "apartments", "house", "yes", …
    public var type: String
    public var levels: Double?
    public var flats: Int?
    public var footprintSquareMeters: Double
    /// A point inside the footprint.
    public var center: Coordinate
    /// A tag naming a non-residential use ("shop=supermarket", "amenity=school"), if any.
    public var use: String?

    public init(
        key: String, type: String, levels: Double?, flats: Int?, footprintSquareMeters: Double, center: Coordinate,
        use: String? = nil
    ) {
        self.key = key
        self.type = type
        self.levels = levels
        self.flats = flats
        self.footprintSquareMeters = footprintSquareMeters
        self.center = center
        self.use = use
    }
}
