import Geometry
import GRDB
import Households
import Vocabulary

extension StoreTransaction {
    public func householdSummary() throws -> HouseholdSummary {
        let total = try Row.fetchOne(db, sql: "SELECT count(*) AS n, coalesce(sum(households), 0) AS h FROM deliveryPoint")
        let outside = try Row.fetchOne(
            db, sql: "SELECT count(*) AS n, coalesce(sum(households), 0) AS h FROM deliveryPoint WHERE outsideBoundaries = 1")
        let withoutAddress = try Row.fetchOne(
            db, sql: "SELECT count(*) AS n, coalesce(sum(households), 0) AS h FROM deliveryPoint WHERE withoutAddress IS NOT NULL")
        var bySource: [String: Int] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT householdSource AS s, sum(households) AS h FROM deliveryPoint GROUP BY householdSource") {
            bySource[row["s"]] = row["h"]
        }
        let associations = try Row.fetchAll(db, sql: """
            SELECT a.name AS name, count(p.id) AS n, coalesce(sum(p.households), 0) AS h
            FROM association a LEFT JOIN deliveryPoint p ON p.associationId = a.id
            GROUP BY a.id ORDER BY a.name
            """).map { HouseholdSummary.AssociationTally(name: $0["name"], deliveryPoints: $0["n"], households: $0["h"]) }
        return HouseholdSummary(
            deliveryPoints: total?["n"] ?? 0, households: total?["h"] ?? 0,
            outside: .init(deliveryPoints: outside?["n"] ?? 0, households: outside?["h"] ?? 0),
            bySource: .init(explicit: bySource["explicit"] ?? 0, estimated: bySource["estimated"] ?? 0, default: bySource["default"] ?? 0),
            associations: associations, calibration: try calibration(), totals: try knownTotalOutcomes(),
            withoutAddress: .init(deliveryPoints: withoutAddress?["n"] ?? 0, households: withoutAddress?["h"] ?? 0))
    }
}

extension StoreTransaction {
    /// Points in no association's polygon, by address.
    public func outsidePoints() throws -> [DeliveryPoint] {
        try Row.fetchAll(db, sql: """
            SELECT key, street, houseNumber, postcode, city, latitude, longitude, buildingKey FROM deliveryPoint
            WHERE outsideBoundaries = 1 ORDER BY street, houseNumber, key
            """).map { row in
            DeliveryPoint(
                key: row[0], address: Address(street: row[1], houseNumber: row[2], postcode: row[3], city: row[4]),
                coordinate: Coordinate(latitude: row[5], longitude: row[6]), buildingKey: row[7])
        }
    }
}
