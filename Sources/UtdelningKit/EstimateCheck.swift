import Foundation
import Geometry
import Households
import Store
import Vocabulary

/// A household count to check by a look at the map or a register: the address, the count,
/// what it was worked out from, and why it is listed.
public struct EstimateCheck: Sendable, Codable, Equatable {
    public var key: PointKey
    public var address: String
    public var association: String?
    public var households: Int
    public var rule: String
    public var reasons: [Implausibility]
    public var buildingType: String?
    public var footprintSquareMeters: Double?
    /// Nil where the building has no levels mapped (the default was assumed).
    public var levels: Double?
    public var landuse: String?
    public var latitude: Double
    public var longitude: Double
}

extension District {
    /// Points whose count is implausible (`Implausibility`), largest first.
    public func estimatesToCheck() throws -> [EstimateCheck] {
        let (points, buildings) = try existingStore().read { tx in (try tx.points(), try tx.buildings()) }
        return Self.estimatesToCheck(points, buildings: buildings, rules: config.households)
    }

    static func estimatesToCheck(_ points: [StoreTransaction.StoredPoint], buildings: [Building], rules: HouseholdRules) -> [EstimateCheck] {
        let buildingOf = Dictionary(buildings.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        return points.compactMap { p -> EstimateCheck? in
            let building = p.point.buildingKey.flatMap { buildingOf[$0] }
            let reasons = rules.implausibilities(of: p.point, count: p.count, building: building)
            guard !reasons.isEmpty else { return nil }
            return EstimateCheck(
                key: p.point.key, address: p.point.address.line, association: p.association, households: p.count.households, rule: p.count.rule,
                reasons: reasons, buildingType: building?.type, footprintSquareMeters: building.map { ($0.footprintSquareMeters).rounded() },
                levels: building?.levels, landuse: building?.landuse, latitude: p.point.coordinate.latitude, longitude: p.point.coordinate.longitude)
        }
        .sorted { (-$0.households, $0.key) < (-$1.households, $1.key) }
    }

    /// The checks as a GeoJSON FeatureCollection of points (RFC 7946), to open over a map in QGIS.
    public static func geoJSON(_ checks: [EstimateCheck]) -> String {
        let features = checks.map { c in
            GeoJSONText.feature(geometry: GeoJSONText.point(Coordinate(latitude: c.latitude, longitude: c.longitude)), properties: [
                ("id", GeoJSONText.string(c.key.rawValue)), ("address", GeoJSONText.string(c.address)), ("households", String(c.households)),
                ("reasons", "[" + c.reasons.map { GeoJSONText.string($0.rawValue) }.joined(separator: ",") + "]"),
                ("rule", GeoJSONText.string(c.rule)), ("association", c.association.map(GeoJSONText.string) ?? "null"),
                ("building", c.buildingType.map(GeoJSONText.string) ?? "null"),
                ("footprintSquareMeters", c.footprintSquareMeters.map { String(Int($0)) } ?? "null"),
                ("levels", c.levels.map { String($0) } ?? "null"), ("landuse", c.landuse.map(GeoJSONText.string) ?? "null"),
            ])
        }
        return GeoJSONText.featureCollection(features)
    }
}
