/// A polygon as plain values: an outer ring and its holes, each ring closed
/// (first coordinate repeated last).
public struct PolygonShape: Hashable, Sendable {
    public var outer: [Coordinate]
    public var holes: [[Coordinate]]

    public init(outer: [Coordinate], holes: [[Coordinate]] = []) {
        self.outer = outer
        self.holes = holes
    }

    public var allCoordinates: some Sequence<Coordinate> { ([outer] + holes).joined() }
}

/// One or more polygons; a Polygon is a MultiPolygon of one.
public struct MultiPolygonShape: Hashable, Sendable {
    public var polygons: [PolygonShape]

    public init(polygons: [PolygonShape]) {
        self.polygons = polygons
    }

    public var allCoordinates: some Sequence<Coordinate> { polygons.lazy.flatMap { $0.allCoordinates } }

    /// The mean of all vertices: a stable origin for a local projection.
    public var vertexMean: Coordinate? {
        var count = 0.0
        var latitude = 0.0
        var longitude = 0.0
        for c in allCoordinates {
            count += 1
            latitude += c.latitude
            longitude += c.longitude
        }
        guard count > 0 else { return nil }
        return Coordinate(latitude: latitude / count, longitude: longitude / count)
    }
}

/// A lon/lat bounding box.
public struct BoundingBox: Hashable, Sendable {
    public var minLatitude: Double
    public var minLongitude: Double
    public var maxLatitude: Double
    public var maxLongitude: Double

    public init?<S: Sequence>(_ coordinates: S) where S.Element == Coordinate {
        var iterator = coordinates.makeIterator()
        guard let first = iterator.next() else { return nil }
        minLatitude = first.latitude
        maxLatitude = first.latitude
        minLongitude = first.longitude
        maxLongitude = first.longitude
        while let c = iterator.next() {
            minLatitude = min(minLatitude, c.latitude)
            maxLatitude = max(maxLatitude, c.latitude)
            minLongitude = min(minLongitude, c.longitude)
            maxLongitude = max(maxLongitude, c.longitude)
        }
    }

    public var center: Coordinate {
        Coordinate(latitude: (minLatitude + maxLatitude) / 2, longitude: (minLongitude + maxLongitude) / 2)
    }
}
