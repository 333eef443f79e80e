import GRDB
import Planner
import Vocabulary

extension StoreTransaction {
    public func deliveries() throws -> [DeliveryRecord] {
        try Row.fetchAll(db, sql: "SELECT \(Self.deliveryColumns) FROM delivery ORDER BY id").map(Self.deliveryRecord)
    }

    /// The records of these doors only, in the order written: all a report on a few doors
    /// needs, read through the pointKey index instead of the whole campaign.
    public func deliveries(pointKeys: [PointKey]) throws -> [DeliveryRecord] {
        let rows = try Self.inGroups(of: pointKeys) { group, marks in
            try Row.fetchAll(db.cachedStatement(sql: "SELECT \(Self.deliveryColumns), id FROM delivery WHERE pointKey IN (\(marks))"), arguments: StatementArguments(group))
                .map { (id: $0[8] as Int64, record: Self.deliveryRecord($0)) }
        }
        return rows.sorted { $0.id < $1.id }.map(\.record)
    }

    /// When the newest report was made (ISO 8601, UTC), undone ones included; nil before the first.
    public func lastReportAt() throws -> String? {
        try String.fetchOne(db, sql: "SELECT max(reportedAt) FROM delivery")
    }

    private static let deliveryColumns = "pointKey, outcome, reason, households, reportedAt, reporter, undone, areaId"

    private static func deliveryRecord(_ row: Row) -> DeliveryRecord {
        DeliveryRecord(
            pointKey: row[0], outcome: DeliveryRecord.Outcome(rawValue: row[1]) ?? .skipped,
            reason: (row[2] as String?).flatMap(DeliveryRecord.Reason.init(rawValue:)), households: row[3], reportedAt: row[4],
            reporter: row[5], undone: row[6], area: row[7])
    }

    /// Which of these doors the district still has.
    public func existingPoints(among keys: [PointKey]) throws -> Set<PointKey> {
        Set(try Self.inGroups(of: keys) { group, marks in
            try PointKey.fetchAll(db.cachedStatement(sql: "SELECT key FROM deliveryPoint WHERE key IN (\(marks))"), arguments: StatementArguments(group))
        })
    }

    /// - Parameter version: the sheet version the report was read against.
    public func addDelivery(_ record: DeliveryRecord, area: AreaID?, version: Int?) throws {
        try db.cachedStatement(sql: "INSERT INTO delivery (pointKey, areaId, version, outcome, reason, households, reportedAt, reporter) VALUES (?, ?, ?, ?, ?, ?, ?, ?)").execute(
            arguments: [
                record.pointKey, area, version, record.outcome.rawValue, record.reason?.rawValue, record.households, record.reportedAt, record.reporter,
            ])
    }

    /// Marks every standing record of these points undone; returns how many points had one.
    public func undoDeliveries(pointKeys: [PointKey]) throws -> Int {
        var points = 0
        for key in pointKeys {
            try db.execute(sql: "UPDATE delivery SET undone = 1 WHERE pointKey = ? AND undone = 0", arguments: [key])
            if db.changesCount > 0 { points += 1 }
        }
        return points
    }

    /// A forgotten person's reports stay, without their name.
    public func anonymiseDeliveries(reporter: String) throws {
        try db.execute(sql: "UPDATE delivery SET reporter = NULL WHERE reporter = ?", arguments: [reporter])
    }
}
