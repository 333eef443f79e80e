import GRDB
import Geometry
import Households
import Vocabulary

/// What is worked out from the imported facts after every import: the
/// associations, each point's association and household count, the calibration.
extension StoreTransaction {
    /// A delivery point as stored, with its derived values.
    public struct StoredPoint: Sendable {
        public var point: DeliveryPoint
        public var fromRegister: Bool
        public var count: HouseholdCount
        public var association: String?
        public var datasetID: Int64
        /// In no association's polygon.
        public var outside: Bool
    }

    public func points() throws -> [StoredPoint] {
        // A cursor's row is read in place; fetchAll copies every row first (a tenth of a region's refresh).
        try Array(Row.fetchCursor(db, sql: "\(Self.pointSelect) ORDER BY p.key").map(Self.storedPoint))
    }

    /// These doors only, by key (a sheet's stops), through the key's index.
    public func points(keys: [PointKey]) throws -> [StoredPoint] {
        try Self.inGroups(of: keys) { group, marks in
            try Row.fetchAll(db, sql: "\(Self.pointSelect) WHERE p.key IN (\(marks))", arguments: StatementArguments(group)).map(Self.storedPoint)
        }.sorted { $0.point.key < $1.point.key }
    }

    // Columns by position: decoding by name costs more than the query at this size.
    private static let pointSelect = """
        SELECT p.key, p.street, p.houseNumber, p.postcode, p.city, p.latitude, p.longitude, p.buildingKey,
               p.fromRegister, p.households, p.householdSource, p.householdRule, a.name, p.datasetId, p.use, p.withoutAddress,
               p.outsideBoundaries
        FROM deliveryPoint p LEFT JOIN association a ON a.id = p.associationId
        """

    private static func storedPoint(_ row: Row) -> StoredPoint {
        StoredPoint(
            point: DeliveryPoint(
                key: row[0],
                address: Address(street: row[1], houseNumber: row[2], postcode: row[3], city: row[4]),
                coordinate: Coordinate(latitude: row[5], longitude: row[6]),
                buildingKey: row[7], use: row[14], withoutAddress: row[15]),
            fromRegister: row[8],
            count: HouseholdCount(households: row[9], source: HouseholdSource(rawValue: row[10]) ?? .default, rule: row[11]),
            association: row[12], datasetID: row[13], outside: row[16])
    }

    /// Adds the names the association table lacks, after the succession's renames and volunteer
    /// moves; returns name → id. Associations no longer wanted stay until `removeAssociations`,
    /// so that their points move in one write each (deleting first would set every one to NULL,
    /// a second write).
    public func syncAssociations(_ names: [String], succession: AssociationSuccession = .init()) throws -> [String: Int64] {
        try renameAssociations(succession)
        let insert = try db.makeStatement(sql: "INSERT INTO association (name) VALUES (?) ON CONFLICT(name) DO NOTHING")
        for name in names { try insert.execute(arguments: [name]) }
        let wanted = Set(names)
        var ids: [String: Int64] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, name FROM association ORDER BY id") {
            let name: String = row["name"]
            if wanted.contains(name) { ids[name] = row["id"] }
        }
        try moveVolunteers(succession, ids: ids)
        return ids
    }

    /// Deletes every association not named, with what hangs on it.
    public func removeAssociations(keeping names: [String]) throws {
        let wanted = Set(names)
        for row in try Row.fetchAll(db, sql: "SELECT id, name FROM association ORDER BY id") where !wanted.contains(row["name"] as String) {
            try db.execute(sql: "DELETE FROM association WHERE id = ?", arguments: [row["id"] as Int64])
        }
    }

    /// Writes each point's count, association and outside mark where they differ from `stored`, what
    /// the store holds, in one write per point; returns how many points changed count or association.
    /// Buildings of `written` (the file just written with its values) are not read again.
    public func setDerived(
        stored points: [StoredPoint], counts: [PointKey: HouseholdCount], associationOfPoint: [PointKey: String], outside: Set<PointKey>,
        associationOfBuilding: [String: String], associationIDs: [String: Int64], written dataset: Int64? = nil
    ) throws -> Int {
        var rows: [[SQLValue]] = []
        var changed = 0
        for stored in points {
            let key = stored.point.key
            let count = counts[key] ?? HouseholdCount(households: 0, source: .default, rule: "")
            let association = associationOfPoint[key]
            let isOutside = outside.contains(key)
            let derivedChanged = count != stored.count || association != stored.association
            guard derivedChanged || isOutside != stored.outside else { continue }
            rows.append([
                .integer(Int64(count.households)), .text(count.source.rawValue), .text(count.rule),
                SQLValue(association.flatMap { associationIDs[$0] }), .integer(isOutside ? 1 : 0), .text(key.rawValue),
            ])
            if derivedChanged { changed += 1 }
        }
        // New boundaries move nearly every point: then the association index is built once after
        // the rows instead of changed entry by entry.
        try rebuildingIndexes(of: "deliveryPoint", onAnyOf: rows.count * 2 > points.count ? ["associationId"] : []) {
            let update = try BoundStatement(db: db, sql: """
                UPDATE deliveryPoint SET households = ?, householdSource = ?, householdRule = ?, associationId = ?, outsideBoundaries = ?
                WHERE key = ?
                """)
            for row in rows { try update.execute(row) }
        }
        let buildingUpdate = try BoundStatement(db: db, sql: "UPDATE building SET associationId = ? WHERE key = ?")
        let buildings = try Row.fetchCursor(db, sql: "SELECT key, associationId FROM building WHERE datasetId IS NOT ?", arguments: [dataset])
        while let row = try buildings.next() {
            let key: String = row[0]
            let current: Int64? = row[1]
            let wanted = associationOfBuilding[key].flatMap { associationIDs[$0] }
            guard wanted != current else { continue }
            try buildingUpdate.execute([SQLValue(wanted), .text(key)])
        }
        return changed
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
