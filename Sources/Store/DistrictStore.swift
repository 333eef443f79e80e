import Foundation
import GRDB

/// The district's SQLite database: WAL, foreign keys, migrations applied on open.
/// Every user action runs in one `write` transaction, so a failure leaves nothing half done.
public final class DistrictStore: Sendable {
    public let path: String
    private let pool: DatabasePool

    public init(path: String) throws {
        self.path = path
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(5)
        // In WAL mode NORMAL never corrupts the file; a power cut can lose only the last commit.
        // 64 MB of page cache: an import touches every index page of a region's tables,
        // and SQLite's 2 MB default thrashed (measured: half the time of a 140,000-household import).
        // secure_delete: a forgotten volunteer's bytes are overwritten, not left in free pages.
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536; PRAGMA secure_delete = ON") }
        pool = try Self.converting(path) {
            let pool = try DatabasePool(path: path, configuration: configuration)
            try Schema.migrator.migrate(pool)
            return pool
        }
    }

    /// Runs one user action as a single transaction; a thrown error rolls all of it back.
    public func write<T>(_ body: (StoreTransaction) throws -> T) throws -> T {
        try Self.converting(path) { try pool.write { db in try body(StoreTransaction(db: db)) } }
    }

    /// Moves everything from the write-ahead log into the file and empties the log, so
    /// that nothing deleted survives in old page images there.
    public func truncateLog() throws {
        try Self.converting(path) { try pool.writeWithoutTransaction { db in _ = try db.checkpoint(.truncate) } }
    }

    public func read<T>(_ body: (StoreTransaction) throws -> T) throws -> T {
        try Self.converting(path) { try pool.read { db in try body(StoreTransaction(db: db)) } }
    }

    /// SQLite's errors about the file (busy, read-only, full, damaged) as `StoreError`s, from
    /// opening as from any statement in a body; the body's own errors pass unchanged.
    private static func converting<T>(_ path: String, _ work: () throws -> T) throws -> T {
        do {
            return try work()
        } catch let error as DatabaseError {
            throw StoreError(path: path, error) ?? error
        }
    }
}

/// The operations one transaction offers; it lives only inside `write` or `read`.
public struct StoreTransaction {
    let db: Database

    /// The body as one unit inside the transaction: what it wrote is undone if it throws,
    /// and the transaction goes on with the rest.
    public func savepoint<T>(_ body: () throws -> T) throws -> T {
        var result: Result<T, Error>?
        try db.inSavepoint {
            result = Result { try body() }
            if case .failure = result { return .rollback }
            return .commit
        }
        guard let result else { throw StoreRefusal("savepoint ran nothing") }
        return try result.get()
    }
}
