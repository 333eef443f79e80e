import Foundation
import Geometry

/// Puts every point in exactly one association, or none (outside all polygons).
///
/// Overlap rule: where polygons overlap, the point goes to the association whose
/// polygon is smallest in area (the more specific one, as a town inside its
/// municipality), and on equal area to the name that sorts first. Each point that
/// needed the rule is counted per pair, so the import can warn.
public final class AssociationAssigner {
    public let names: [String]
    private let areasSquareMeters: [Double]
    private let locator: PolygonLocator
    public private(set) var overlaps: [Overlap: Int] = [:]

    public struct Overlap: Hashable, Sendable {
        public let winner: String
        public let loser: String
    }

    public init(boundaries: [Boundary]) throws {
        let context = try GEOSContext()
        var names: [String] = []
        var areas: [Double] = []
        var shapes: [GEOSGeometryHandle] = []
        for boundary in boundaries {
            var shape = try context.multiPolygon(boundary.shape)
            if try !shape.isValid() { shape = try shape.makeValid() }
            let latitude = boundary.shape.vertexMean?.latitude ?? 0
            let metersPerDegree = earthRadiusMeters * Double.pi / 180
            areas.append(try shape.area() * metersPerDegree * metersPerDegree * cos(latitude * Double.pi / 180))
            names.append(boundary.name)
            shapes.append(shape)
        }
        self.names = names
        areasSquareMeters = areas
        locator = try PolygonLocator(context: context, polygons: shapes)
    }

    public func areaSquareMeters(of index: Int) -> Double { areasSquareMeters[index] }

    /// The association whose polygon lies nearest a position outside them all.
    public func nearestAssociation(to coordinate: Coordinate) throws -> String? {
        try locator.nearest(coordinate).map { names[$0] }
    }

    /// The association whose polygon lies nearest a position, with that polygon's nearest point
    /// and the distance to it in metres.
    public func nearestBoundaryPoint(to coordinate: Coordinate) throws -> (name: String, point: Coordinate, meters: Double)? {
        try locator.nearestPoint(coordinate).map { (names[$0.index], $0.point, $0.meters) }
    }

    /// The association name for a position, or nil when no polygon covers it.
    public func association(at coordinate: Coordinate) throws -> String? {
        let hits = try locator.covering(coordinate)
        guard let first = hits.first else { return nil }
        guard hits.count > 1 else { return names[first] }
        let winner = hits.min { (areasSquareMeters[$0], names[$0]) < (areasSquareMeters[$1], names[$1]) } ?? first
        for other in hits where other != winner {
            overlaps[Overlap(winner: names[winner], loser: names[other]), default: 0] += 1
        }
        return names[winner]
    }
}
