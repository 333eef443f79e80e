import GRDB
import Geometry
import Households

/// What is worked out from the imported facts after every import: the
/// associations, each point's association and household count, the calibration.
extension StoreTransaction {
    /// A delivery point as stored, with its derived values.
    public struct StoredPoint: Sendable {
        public var point: DeliveryPoint
        public var fromRegister: Bool
        public var count: HouseholdCount
        public var association: String?
    }

    public func points() throws -> [StoredPoint] {
        try Row.fetchAll(db, sql: """
            SELECT p.*, a.name AS associationName FROM deliveryPoint p
            LEFT JOIN association a ON a.id = p.associationId ORDER BY p.key
            """).map { row in
            StoredPoint(
                point: DeliveryPoint(
                    key: row["key"],
                    address: Address(street: row["street"], houseNumber: row["houseNumber"], postcode: row["postcode"], city: row["city"]),
                    coordinate: Coordinate(latitude: row["latitude"], longitude: row["longitude"]),
                    buildingKey: row["buildingKey"]),
                fromRegister: row["fromRegister"],
                count: HouseholdCount(
                    households: row["households"], source: HouseholdSource(rawValue: row["householdSource"]) ?? .default,
                    rule: row["householdRule"]),
                association: row["associationName"])
        }
    }

    /// Makes the association table exactly these names; returns name → id.
    public func syncAssociations(_ names: [String]) throws -> [String: Int64] {
        let insert = try db.makeStatement(sql: "INSERT INTO association (name) VALUES (?) ON CONFLICT(name) DO NOTHING")
        for name in names { try insert.execute(arguments: [name]) }
        let wanted = Set(names)
        var ids: [String: Int64] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, name FROM association") {
            let name: String = row["name"]
            if wanted.contains(name) {
                ids[name] = row["id"]
            } else {
                try db.execute(sql: "DELETE FROM association WHERE id = ?", arguments: [row["id"] as Int64])
            }
        }
        return ids
    }

    /// Writes each point's count and association where they differ from what is stored.
    public func setDerived(
        counts: [String: HouseholdCount], associationOfPoint: [String: String], associationOfBuilding: [String: String],
        associationIDs: [String: Int64]
    ) throws -> Int {
        let points = try self.points()
        let update = try db.makeStatement(sql: """
            UPDATE deliveryPoint SET households = ?, householdSource = ?, householdRule = ?, associationId = ? WHERE key = ?
            """)
        var written = 0
        for stored in points {
            let key = stored.point.key
            let count = counts[key] ?? HouseholdCount(households: 0, source: .default, rule: "")
            let association = associationOfPoint[key]
            guard count != stored.count || association != stored.association else { continue }
            try update.execute(arguments: [count.households, count.source.rawValue, count.rule, association.flatMap { associationIDs[$0] }, key])
            written += 1
        }
        let buildingUpdate = try db.makeStatement(sql: "UPDATE building SET associationId = ? WHERE key = ? AND associationId IS NOT ?")
        for row in try Row.fetchAll(db, sql: "SELECT key FROM building") {
            let key: String = row["key"]
            let id = associationOfBuilding[key].flatMap { associationIDs[$0] }
            try buildingUpdate.execute(arguments: [id, key, id])
        }
        return written
    }

    public func replaceCalibration(_ entries: [Calibration.Entry]) throws {
        let existing = try calibration()
        guard existing != entries else { return }
        try db.execute(sql: "DELETE FROM calibration")
        let insert = try db.makeStatement(sql: """
            INSERT INTO calibration (buildingType, associationName, samples, squareMetersPerDwelling) VALUES (?, ?, ?, ?)
            """)
        for e in entries { try insert.execute(arguments: [e.buildingType, e.association, e.samples, e.squareMetersPerDwelling]) }
    }

    public func calibration() throws -> [Calibration.Entry] {
        try Row.fetchAll(db, sql: "SELECT * FROM calibration ORDER BY buildingType, coalesce(associationName, '')").map { row in
            Calibration.Entry(
                buildingType: row["buildingType"], association: row["associationName"], samples: row["samples"],
                squareMetersPerDwelling: row["squareMetersPerDwelling"])
        }
    }
}
