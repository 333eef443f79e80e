import Foundation

/// A small map written as OSM XML for a test: square buildings and land, address nodes,
/// placed in metres east and north of a corner in Malmö.
public struct TinyMap {
    public init() {}

    private var lines: [String] = []
    private var nodes: [String] = []
    /// The id the next node or way gets: a second file of the same place draws the same
    /// objects first, then moves this on to give its own objects ids of their own.
    public var nextID: Int64 = 1
    public static let origin = (latitude: 55.6, longitude: 13.0)

    private mutating func newID() -> Int64 {
        defer { nextID += 1 }
        return nextID
    }

    private static func tags(_ tags: [String: String]) -> String {
        tags.sorted { $0.key < $1.key }.map { "<tag k='\($0.key)' v='\($0.value)'/>" }.joined()
    }

    private mutating func point(east: Double, north: Double, tags: [String: String] = [:]) -> Int64 {
        let id = newID()
        let latitude = Self.origin.latitude + north / 111_320
        let longitude = Self.origin.longitude + east / (111_320 * cos(Self.origin.latitude * .pi / 180))
        nodes.append("<node id='\(id)' lat='\(latitude)' lon='\(longitude)'>\(Self.tags(tags))</node>")
        return id
    }

    /// An address node ("Storgatan 1") with any further tags; returns its id.
    @discardableResult
    public mutating func address(_ street: String, _ number: String, east: Double, north: Double, _ more: [String: String] = [:]) -> Int64 {
        point(east: east, north: north, tags: ["addr:street": street, "addr:housenumber": number].merging(more) { $1 })
    }

    /// A square way of `side` metres with its south-west corner at (east, north); returns its id.
    @discardableResult
    public mutating func square(east: Double, north: Double, side: Double, _ tags: [String: String]) -> Int64 {
        let corners = [(0.0, 0.0), (side, 0.0), (side, side), (0.0, side)].map { point(east: east + $0.0, north: north + $0.1) }
        let id = newID()
        let refs = (corners + [corners[0]]).map { "<nd ref='\($0)'/>" }.joined()
        lines.append("<way id='\(id)'>\(refs)\(Self.tags(tags))</way>")
        return id
    }

    /// The map as a file in a scratch folder.
    public func write(_ name: String = "tiny.osm", in directory: URL = Fixtures.scratch()) -> String {
        Fixtures.file(name, "<osm version='0.6'>\n" + (nodes + lines).joined(separator: "\n") + "\n</osm>\n", in: directory)
    }
}
