import Geometry

/// A line of the map kept for the street graph and for drawing: streets and
/// paths, and the railways and waterways that act as barriers.
public struct MapWay: Hashable, Sendable {
    public enum Category: String, Sendable, Codable, CaseIterable {
        case highway, railway, waterway
    }

    /// OSM way id.
    public let osmID: Int64
    public var category: Category
    /// The tags that routing and drawing read (see `MapWay.keptTagKeys`).
    public var tags: [String: String]
    public var coordinates: [Coordinate]

    public init(osmID: Int64, category: Category, tags: [String: String], coordinates: [Coordinate]) {
        self.osmID = osmID
        self.category = category
        self.tags = tags
        self.coordinates = coordinates
    }

    public var name: String? { tags["name"] }

    /// Tags worth keeping from a street, railway or waterway; the rest is dropped at import.
    static let keptTagPrefixes = [
        "highway", "name", "ref", "foot", "access", "sidewalk", "railway", "waterway",
        "bridge", "tunnel", "service", "area", "junction", "crossing", "footway", "layer",
    ]
}
