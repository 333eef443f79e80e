import Foundation

/// A WGS84 position in degrees.
public struct Coordinate: Hashable, Sendable, Codable {
    public var latitude: Double
    public var longitude: Double

    public init(latitude: Double, longitude: Double) {
        self.latitude = latitude
        self.longitude = longitude
    }

    /// False for NaN or anything outside ±90° latitude and ±180° longitude.
    public var isValid: Bool {
        (-90.0...90.0).contains(latitude) && (-180.0...180.0).contains(longitude)
    }
}

/// Mean earth radius (IUGG), the sphere that great-circle distances use.
public let earthRadiusMeters = 6_371_008.8

/// Great-circle (haversine) distance.
public func greatCircleMeters(_ a: Coordinate, _ b: Coordinate) -> Double {
    let toRadians = Double.pi / 180
    let dLat = (b.latitude - a.latitude) * toRadians
    let dLon = (b.longitude - a.longitude) * toRadians
    let h = sin(dLat / 2) * sin(dLat / 2)
        + cos(a.latitude * toRadians) * cos(b.latitude * toRadians) * sin(dLon / 2) * sin(dLon / 2)
    return 2 * earthRadiusMeters * asin(min(1, sqrt(h)))
}

/// An equirectangular projection around an origin: metres east and north of it.
/// Within a town (tens of kilometres) the distortion is well under 0.1 %, which is
/// all a footprint area or a snapping distance needs.
public struct LocalProjection: Sendable {
    public let origin: Coordinate
    private let metersPerDegreeLatitude: Double
    private let metersPerDegreeLongitude: Double

    public init(origin: Coordinate) {
        self.origin = origin
        metersPerDegreeLatitude = earthRadiusMeters * Double.pi / 180
        metersPerDegreeLongitude = metersPerDegreeLatitude * cos(origin.latitude * Double.pi / 180)
    }

    public func project(_ c: Coordinate) -> PlanarPoint {
        PlanarPoint(
            x: (c.longitude - origin.longitude) * metersPerDegreeLongitude,
            y: (c.latitude - origin.latitude) * metersPerDegreeLatitude)
    }

    public func unproject(_ p: PlanarPoint) -> Coordinate {
        Coordinate(
            latitude: origin.latitude + p.y / metersPerDegreeLatitude,
            longitude: origin.longitude + p.x / metersPerDegreeLongitude)
    }
}

/// A point in metres on a local plane.
public struct PlanarPoint: Hashable, Sendable {
    public var x: Double
    public var y: Double
    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }

    /// Metres in the plane.
    public func distance(to other: PlanarPoint) -> Double {
        ((x - other.x) * (x - other.x) + (y - other.y) * (y - other.y)).squareRoot()
    }
}
