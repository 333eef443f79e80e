import Foundation
import GRDB
import TestSupport
import Testing

@testable import UtdelningKit

/// An import writes each row of a map file once: no insert followed by an update of the same
/// row (a count, an association, the outside mark), and a re-import of the same file writes none.
/// Counted by triggers on the tables a map file fills.
@Suite(.serialized)
struct WriteOnceTests {
    static let tables = ["deliveryPoint", "building", "mapWay"]

    /// Half of the fixture's points lie west of 13.256° E, inside; the rest are outside.
    static let westOnly = """
        {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"namn":"Väst"},"geometry":\
        {"type":"Polygon","coordinates":[[[13.0,53.0],[13.256,53.0],[13.256,54.0],[13.0,54.0],[13.0,53.0]]]}}]}
        """

    func countingWrites(_ path: String) throws {
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "CREATE TABLE writeLog (tableName TEXT NOT NULL, operation TEXT NOT NULL)")
            for table in Self.tables {
                for operation in ["INSERT", "UPDATE", "DELETE"] {
                    try db.execute(sql: """
                        CREATE TRIGGER \(table)_\(operation.lowercased())_log AFTER \(operation) ON \(table)
                        BEGIN INSERT INTO writeLog VALUES ('\(table)', '\(operation)'); END
                        """)
                }
            }
        }
    }

    /// "table OPERATION" → rows, and the rows each table holds.
    func writes(_ path: String) throws -> (log: [String: Int], rows: [String: Int]) {
        try DatabaseQueue(path: path).read { db in
            var log: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT tableName, operation, count(*) FROM writeLog GROUP BY 1, 2") {
                log["\(row[0] as String) \(row[1] as String)"] = row[2]
            }
            var rows: [String: Int] = [:]
            for table in Self.tables { rows[table] = try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") }
            return (log, rows)
        }
    }

    @Test func eachRowIsWrittenOnceAndAReimportWritesNone() throws {
        let directory = Fixtures.scratch()
        let district = District(databasePath: directory.appendingPathComponent("d.sqlite").path, config: try DistrictConfig.starter)
        // Boundaries first: the map's points are derived inside or outside before they are written.
        _ = try district.importBoundaries(path: Fixtures.file("west.geojson", Self.westOnly, in: directory), nameProperty: "namn")
        try countingWrites(district.databasePath)
        _ = try district.importOSM(path: Fixtures.neubrandenburgWest)
        let first = try writes(district.databasePath)
        #expect(try district.householdSummary().outside.deliveryPoints > 0)
        for table in Self.tables {
            #expect(first.rows[table] ?? 0 > 0)
            #expect(first.log["\(table) INSERT"] == first.rows[table], "\(table)")
            #expect(first.log["\(table) UPDATE"] == nil, "\(table)")
            #expect(first.log["\(table) DELETE"] == nil, "\(table)")
        }

        let (again, _) = try district.importOSM(path: Fixtures.neubrandenburgWest)
        #expect(again.changes == 0)
        #expect(try writes(district.databasePath).log == first.log)
    }

    /// Boundaries after the map move every point into its association: one update each (the
    /// district's own association, no longer wanted, is deleted after its points have moved, not
    /// before, which would set each to NULL first), and the association index is there after.
    @Test func boundariesAfterTheMapWriteEachPointOnce() throws {
        let directory = Fixtures.scratch()
        let district = District(databasePath: directory.appendingPathComponent("d.sqlite").path, config: try DistrictConfig.starter)
        _ = try district.importOSM(path: Fixtures.neubrandenburgWest)
        try countingWrites(district.databasePath)
        _ = try district.importBoundaries(path: Fixtures.file("west.geojson", Self.westOnly, in: directory), nameProperty: "namn")
        let after = try writes(district.databasePath)
        #expect(after.log["deliveryPoint UPDATE"] == after.rows["deliveryPoint"])
        let (indexes, withoutAssociation) = try DatabaseQueue(path: district.databasePath).read { db in
            (try String.fetchAll(db, sql: "SELECT name FROM pragma_index_list('deliveryPoint')"),
             try Int.fetchOne(db, sql: "SELECT count(*) FROM deliveryPoint WHERE associationId IS NULL"))
        }
        #expect(indexes.contains("deliveryPoint_association"))
        #expect(withoutAssociation == 0)
    }
}
