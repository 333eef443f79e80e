import Foundation
import GRDB
import TestSupport
import Testing

@testable import Store

/// SQLite's complaints about the file become `StoreError`s with a kind, wherever they arise.
struct StoreErrorTests {
    func path() -> String { Fixtures.scratch().appendingPathComponent("t.sqlite").path }

    @Test func aWriteOnAReadConnectionIsReadOnly() throws {
        let path = path()
        let store = try DistrictStore(path: path)
        let error = try #require(throws: StoreError.self) { try store.read { tx in try tx.db.execute(sql: "DELETE FROM dataset") } }
        #expect(error == StoreError(path: path, kind: .readOnly))
    }

    @Test func aFullDatabaseInsideAWriteIsFullAndWritesNothing() throws {
        let path = path()
        let store = try DistrictStore(path: path)
        let error = try #require(throws: StoreError.self) {
            try store.write { tx in
                let pages = try Int.fetchOne(tx.db, sql: "PRAGMA page_count") ?? 0
                try tx.db.execute(sql: "PRAGMA max_page_count = \(pages + 1)")
                for i in 0..<1000 {
                    _ = try tx.upsertDataset(name: String(repeating: "x", count: 500) + "\(i)", kind: .osm, fileName: "a", bytes: 1, report: "{}")
                }
            }
        }
        #expect(error == StoreError(path: path, kind: .full))
        #expect(try store.read { tx in try tx.datasets() }.isEmpty)
    }

    @Test func aFileThatIsNoDatabaseIsCorruptAtOpen() throws {
        let path = Fixtures.file("t.sqlite", bytes: Data(repeating: 0x41, count: 4096))
        #expect(throws: StoreError(path: path, kind: .corrupt)) { try DistrictStore(path: path) }
    }

    @Test func aMistakeInOurOwnStatementStaysADatabaseError() throws {
        let store = try DistrictStore(path: path())
        #expect(throws: DatabaseError.self) { try store.write { tx in try tx.db.execute(sql: "SELECT * FROM nowhere") } }
    }

    @Test func eachResultCodeOfTheFileHasItsKind() {
        let kinds: [(ResultCode, StoreError.Kind?)] = [
            (.SQLITE_BUSY, .busy), (.SQLITE_LOCKED, .busy), (.SQLITE_READONLY, .readOnly), (.SQLITE_FULL, .full), (.SQLITE_CORRUPT, .corrupt),
            (.SQLITE_NOTADB, .corrupt), (.SQLITE_CANTOPEN, .cannotOpen), (.SQLITE_IOERR, .ioFailure), (.SQLITE_CONSTRAINT, nil), (.SQLITE_ERROR, nil),
        ]
        for (code, kind) in kinds {
            #expect(StoreError(path: "d.sqlite", DatabaseError(resultCode: code))?.kind == kind, "\(code)")
        }
    }
}
