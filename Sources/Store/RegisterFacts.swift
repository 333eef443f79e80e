import GRDB
import Geometry
import Households
import Vocabulary

extension StoreTransaction {
    public func syncRegisterRows(_ rows: [RegisterRow], datasetID: Int64) throws -> SyncCount {
        var upsert = try UpsertStatement(
            db: db, table: "registerEntry", conflictKey: "key",
            columns: ["datasetId", "key", "line", "street", "houseNumber", "postcode", "city", "latitude", "longitude", "households"])
        for r in rows {
            try upsert.execute([
                .integer(datasetID), .text(r.key), SQLValue(r.line), SQLValue(r.address?.street), SQLValue(r.address?.houseNumber),
                SQLValue(r.address?.postcode), SQLValue(r.address?.city), .real(r.coordinate.latitude), .real(r.coordinate.longitude),
                SQLValue(r.households),
            ])
        }
        let deleted = try deleteMissing(from: "registerEntry", keyColumn: "key", datasetID: datasetID, keep: Set(rows.map(\.key)))
        return SyncCount(written: try upsert.finish(), deleted: deleted)
    }

    /// Every register row with the dataset it came from.
    public func registerRows() throws -> [(row: RegisterRow, datasetID: Int64)] {
        try Row.fetchAll(db, sql: "SELECT * FROM registerEntry ORDER BY key").map { r in
            let street: String? = r["street"]
            let number: String? = r["houseNumber"]
            let address = street.flatMap { s in number.map { Address(street: s, houseNumber: $0, postcode: r["postcode"], city: r["city"]) } }
            let row = RegisterRow(
                line: r["line"], address: address, coordinate: Coordinate(latitude: r["latitude"], longitude: r["longitude"]),
                households: r["households"])
            return (row, r["datasetId"])
        }
    }

    public func setRegisterMatches(_ matched: [String: PointKey]) throws {
        let statement = try db.makeStatement(sql: "UPDATE registerEntry SET matchedPointKey = ? WHERE key = ? AND matchedPointKey IS NOT ?")
        for key in try String.fetchAll(db, sql: "SELECT key FROM registerEntry ORDER BY key") {
            let point = matched[key]
            try statement.execute(arguments: [point, key, point])
        }
    }

    /// Replaces the points that register rows made on their own (rows that matched no mapped address).
    /// - Parameter outside: points in no association's polygon, marked as they are written.
    public func syncRegisterPoints(_ points: [(point: DeliveryPoint, datasetID: Int64)], outside: Set<PointKey> = []) throws -> SyncCount {
        var upsert = try UpsertStatement(
            db: db, table: "deliveryPoint", conflictKey: "key",
            columns: ["datasetId", "key", "street", "houseNumber", "postcode", "city", "latitude", "longitude", "fromRegister", "outsideBoundaries"])
        for (p, datasetID) in points {
            try upsert.execute([
                .integer(datasetID), .text(p.key.rawValue), .text(p.address.street), .text(p.address.houseNumber), SQLValue(p.address.postcode),
                SQLValue(p.address.city), .real(p.coordinate.latitude), .real(p.coordinate.longitude), .integer(1),
                .integer(outside.contains(p.key) ? 1 : 0),
            ])
        }
        let keep = Set(points.map(\.point.key))
        let existing = try PointKey.fetchAll(db, sql: "SELECT key FROM deliveryPoint WHERE fromRegister = 1")
        let delete = try db.makeStatement(sql: "DELETE FROM deliveryPoint WHERE key = ?")
        let gone = existing.filter { !keep.contains($0) }
        for key in gone { try delete.execute(arguments: [key]) }
        return SyncCount(written: try upsert.finish(), deleted: gone.count)
    }
}
