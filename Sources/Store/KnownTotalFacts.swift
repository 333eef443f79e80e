import GRDB
import Households

/// Known totals per region and what scaling made of them at the last derivation.
extension StoreTransaction {
    /// Makes the stored totals exactly these: a table of totals is read whole. Returns how many there were.
    @discardableResult
    public func replaceKnownTotals(_ totals: [KnownTotal], fileName: String) throws -> Int {
        let before = try Int.fetchOne(db, sql: "SELECT count(*) FROM knownTotal") ?? 0
        try db.execute(sql: "DELETE FROM knownTotal")
        let insert = try db.makeStatement(sql: """
            INSERT INTO knownTotal (code, name, known, counted, line, fileName, geometry) VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        for t in totals {
            try insert.execute(arguments: [t.code, t.name, t.known, t.counted.rawValue, t.line, fileName, GeoJSONGeometryText.encode(t.shape)])
        }
        return before
    }

    public func knownTotals() throws -> [KnownTotal] {
        try Row.fetchAll(db, sql: "SELECT code, name, known, counted, line, geometry FROM knownTotal ORDER BY code").map { row in
            KnownTotal(
                code: row[0], name: row[1], known: row[2], counted: KnownTotal.Counted(rawValue: row[3]) ?? .households, line: row[4],
                shape: GeoJSONGeometryText.decode(row[5]))
        }
    }

    /// Writes each region's outcome where it differs from what is stored.
    public func setKnownTotalOutcomes(_ outcomes: [KnownTotalOutcome]) throws {
        let update = try db.makeStatement(sql: """
            UPDATE knownTotal SET estimateBefore = ?, fixedHouseholds = ?, householdsNow = ?, status = ?
            WHERE code = ? AND (estimateBefore, fixedHouseholds, householdsNow, status) IS NOT (?, ?, ?, ?)
            """)
        for o in outcomes {
            let values: [any DatabaseValueConvertible] = [o.estimateBefore, o.fixedHouseholds, o.householdsNow, o.status.rawValue]
            try update.execute(arguments: StatementArguments(values + [o.code] + values))
        }
    }

    public func knownTotalOutcomes() throws -> [KnownTotalOutcome] {
        try Row.fetchAll(db, sql: """
            SELECT code, name, counted, estimateBefore, known, fixedHouseholds, householdsNow, status FROM knownTotal ORDER BY code
            """).map { row in
            KnownTotalOutcome(
                code: row[0], name: row[1], counted: KnownTotal.Counted(rawValue: row[2]) ?? .households, estimateBefore: row[3],
                known: row[4], fixedHouseholds: row[5], householdsNow: row[6], status: KnownTotalOutcome.Status(rawValue: row[7]) ?? .matched)
        }
    }
}
