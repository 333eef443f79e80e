import Foundation
import GRDB
import TestSupport
import Testing

@testable import Store

/// "v18 checks without lists": the CHECKs refuse what they refused, with no list left for
/// SQLite to build a table from on every row.
struct ChecksWithoutListsTests {
    @Test func aListOfThreeValuesBecomesComparisonsAndAListOfTwoStays() {
        let sql = "CREATE TABLE t (a TEXT CHECK (a IN ('x', 'y', 'z')), b INTEGER CHECK (b IN (0, 1)), c TEXT CHECK (c IN ('p', 'q')))"
        #expect(ChecksWithoutLists.rewritten(sql)
            == "CREATE TABLE t (a TEXT CHECK (a = 'x' OR a = 'y' OR a = 'z'), b INTEGER CHECK (b IN (0, 1)), c TEXT CHECK (c IN ('p', 'q')))")
    }

    @Test func aStoreMadeBeforeKeepsItsRowsAndStillRefusesAValueOutsideTheList() throws {
        let path = Fixtures.scratch().appendingPathComponent("t.sqlite").path
        let old = try DatabaseQueue(path: path)
        try Schema.migrator.migrate(old, upTo: "v17 write counts")
        try old.write { db in
            try db.execute(sql: "INSERT INTO dataset (name, kind, fileName, bytes, report) VALUES ('a', 'osm', 'a.osm.pbf', 1, '')")
            try db.execute(sql: """
                INSERT INTO mapWay (datasetId, osmId, category, name, tags, coordinates) VALUES (1, 7, 'railway', NULL, '{}', x'00')
                """)
        }
        try Schema.migrator.migrate(old)
        try old.read { db in
            let tables = try String.fetchAll(db, sql: "SELECT sql FROM sqlite_master WHERE type = 'table' AND sql IS NOT NULL")
            #expect(tables.allSatisfy { ChecksWithoutLists.rewritten($0) == $0 })
            #expect(try String.fetchOne(db, sql: "SELECT category FROM mapWay WHERE osmId = 7") == "railway")
            #expect(try String.fetchOne(db, sql: "PRAGMA integrity_check") == "ok")
        }
        try old.write { db in
            try db.execute(sql: "INSERT INTO mapWay (datasetId, osmId, category, tags, coordinates) VALUES (1, 8, 'waterway', '{}', x'00')")
        }
        #expect(throws: DatabaseError.self) {
            try old.write { db in
                try db.execute(sql: "INSERT INTO mapWay (datasetId, osmId, category, tags, coordinates) VALUES (1, 9, 'footpath', '{}', x'00')")
            }
        }
    }
}
