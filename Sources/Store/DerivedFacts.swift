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
        try Row.fetchAll(db, sql: "\(Self.pointSelect) ORDER BY p.key").map(Self.storedPoint)
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

    /// Makes the association table exactly these names; returns name → id. The
    /// succession's renames and volunteer moves happen before anything is removed.
    public func syncAssociations(_ names: [String], succession: AssociationSuccession = .init()) throws -> [String: Int64] {
        try renameAssociations(succession)
        let insert = try db.makeStatement(sql: "INSERT INTO association (name) VALUES (?) ON CONFLICT(name) DO NOTHING")
        for name in names { try insert.execute(arguments: [name]) }
        let wanted = Set(names)
        var ids: [String: Int64] = [:]
        var gone: [Int64] = []
        for row in try Row.fetchAll(db, sql: "SELECT id, name FROM association ORDER BY id") {
            let name: String = row["name"]
            if wanted.contains(name) {
                ids[name] = row["id"]
            } else {
                gone.append(row["id"])
            }
        }
        try moveVolunteers(succession, ids: ids)
        for id in gone { try db.execute(sql: "DELETE FROM association WHERE id = ?", arguments: [id]) }
        return ids
    }

    /// Writes each point's count, association and outside mark where they differ from `stored`, what
    /// the store holds, in one write per point; returns how many points changed count or association.
    /// Buildings of `written` (the file just written with its values) are not read again.
    public func setDerived(
        stored points: [StoredPoint], counts: [PointKey: HouseholdCount], associationOfPoint: [PointKey: String], outside: Set<PointKey>,
        associationOfBuilding: [String: String], associationIDs: [String: Int64], written dataset: Int64? = nil
    ) throws -> Int {
        let update = try db.makeStatement(sql: """
            UPDATE deliveryPoint SET households = ?, householdSource = ?, householdRule = ?, associationId = ?, outsideBoundaries = ?
            WHERE key = ?
            """)
        var changed = 0
        for stored in points {
            let key = stored.point.key
            let count = counts[key] ?? HouseholdCount(households: 0, source: .default, rule: "")
            let association = associationOfPoint[key]
            let derivedChanged = count != stored.count || association != stored.association
            guard derivedChanged || outside.contains(key) != stored.outside else { continue }
            update.setUncheckedArguments([
                count.households, count.source.rawValue, count.rule, association.flatMap { associationIDs[$0] }, outside.contains(key), key,
            ])
            try update.execute()
            if derivedChanged { changed += 1 }
        }
        let buildingUpdate = try db.makeStatement(sql: "UPDATE building SET associationId = ? WHERE key = ?")
        for row in try Row.fetchAll(db, sql: "SELECT key, associationId FROM building WHERE datasetId IS NOT ?", arguments: [dataset]) {
            let key: String = row[0]
            let current: Int64? = row[1]
            let wanted = associationOfBuilding[key].flatMap { associationIDs[$0] }
            guard wanted != current else { continue }
            buildingUpdate.setUncheckedArguments([wanted, key])
            try buildingUpdate.execute()
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
