import Foundation
import Geometry
import Households
import Store
import Vocabulary

/// A home the map draws but gives no address ("hus utan adress"), as `households gaps` lists
/// it for someone to check on the ground: where the building stands, the street it was put
/// on, and why it was taken for a home.
public struct HomeWithoutAddress: Sendable, Codable, Equatable {
    public var key: PointKey
    public var association: String?
    public var street: String
    public var households: Int
    /// Why its building was taken for a home: "building=house", "building=yes, 120 m²: residential landuse, …".
    public var evidence: String
    /// The building's middle: where to look.
    public var latitude: Double
    public var longitude: Double
}

extension District {
    /// The homes without an address in the map, by association, street and key.
    public func homesWithoutAddress() throws -> [HomeWithoutAddress] {
        let (points, buildings) = try existingStore().read { tx in (try tx.points(), try tx.buildings()) }
        return Self.homesWithoutAddress(points, buildings: buildings)
    }

    static func homesWithoutAddress(_ points: [StoreTransaction.StoredPoint], buildings: [Building]) -> [HomeWithoutAddress] {
        let centerOf = Dictionary(buildings.map { ($0.key, $0.center) }, uniquingKeysWith: { a, _ in a })
        return points.compactMap { p -> HomeWithoutAddress? in
            guard let evidence = p.point.withoutAddress else { return nil }
            let at = p.point.buildingKey.flatMap { centerOf[$0] } ?? p.point.coordinate
            return HomeWithoutAddress(
                key: p.point.key, association: p.association, street: p.point.address.street, households: p.count.households,
                evidence: evidence, latitude: at.latitude, longitude: at.longitude)
        }
        .sorted { ($0.association ?? "", $0.street, $0.key) < ($1.association ?? "", $1.street, $1.key) }
    }

    /// The homes as GeoJSON points at their buildings, for QGIS or a phone on the ground.
    public static func geoJSON(_ homes: [HomeWithoutAddress]) -> String {
        let features = homes.map { h in
            GeoJSONText.feature(geometry: GeoJSONText.point(Coordinate(latitude: h.latitude, longitude: h.longitude)), properties: [
                ("id", GeoJSONText.string(h.key.rawValue)), ("association", h.association.map(GeoJSONText.string) ?? "null"),
                ("street", GeoJSONText.string(h.street)), ("households", String(h.households)), ("evidence", GeoJSONText.string(h.evidence)),
            ])
        }
        return "{\"type\":\"FeatureCollection\",\"features\":[\n" + features.joined(separator: ",\n") + "\n]}\n"
    }
}
