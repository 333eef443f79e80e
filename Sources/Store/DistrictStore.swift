import Foundation
import GRDB
import Synchronization

/// The district's SQLite database: WAL, foreign keys, migrations applied on open.
/// Every user action runs in one `write` transaction, so a failure leaves nothing half done.
public final class DistrictStore: Sendable {
    public let path: String
    private let configuration: Configuration
    /// Reads go through read-only connections: GRDB's read-write pool writes on open when the
    /// write-ahead log is missing or empty (to make one), and would so wait behind a writer.
    private let reads: DatabasePool
    /// The read-write pool, opened by the first write (at once for a new or older database).
    private let writes: Mutex<DatabasePool?>
    /// Write transactions of this process: SQLite's data_version counts only other connections'.
    private let ownWrites = Mutex(0)

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
        self.configuration = configuration
        let (reads, opened) = try Self.converting(path) { () throws -> (DatabasePool, DatabasePool?) in
            if let reads = try Self.readOnlyPool(path: path, configuration: configuration) { return (reads, nil) }
            let pool = try Self.readWritePool(path: path, configuration: configuration)
            return (pool, pool)
        }
        self.reads = reads
        writes = Mutex(opened)
    }

    /// A read-only pool when the database is already in WAL mode and migrated, else nil.
    private static func readOnlyPool(path: String, configuration: Configuration) throws -> DatabasePool? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        var readOnly = configuration
        readOnly.readonly = true
        let pool = try DatabasePool(path: path, configuration: readOnly)
        let ready = try pool.read { db in
            try String.fetchOne(db, sql: "PRAGMA journal_mode") == "wal" && Schema.migrator.hasCompletedMigrations(db)
        }
        return ready ? pool : nil
    }

    private static func readWritePool(path: String, configuration: Configuration) throws -> DatabasePool {
        let pool = try DatabasePool(path: path, configuration: configuration)
        try Schema.migrator.migrate(pool)
        return pool
    }

    /// The read-write pool, opened once.
    private func writer() throws -> DatabasePool {
        try writes.withLock { pool in
            if let pool { return pool }
            let opened = try Self.readWritePool(path: path, configuration: configuration)
            pool = opened
            return opened
        }
    }

    /// Runs one user action as a single transaction; a thrown error rolls all of it back.
    /// - Parameter kind: `.deliveries` for an action that records or undoes reports and
    ///   nothing a plan reads besides (phones' ticks, returned sheets).
    public func write<T>(_ kind: WriteKind = .other, _ body: (StoreTransaction) throws -> T) throws -> T {
        try emptyingLogWhenFull { try Self.converting(path) {
            try writer().write { db in
                ownWrites.withLock { $0 += 1 }
                let result = try body(StoreTransaction(db: db))
                try Self.count(kind, db)
                return result
            }
        } }
    }

    private static func count(_ kind: WriteKind, _ db: Database) throws {
        try db.cachedStatement(sql: "UPDATE writeCount SET n = n + 1 WHERE kind = ?").execute(arguments: [kind.rawValue])
    }

    /// A transaction the full disk stopped is rolled back, but its pages stay in the
    /// write-ahead log (an import left 3 MB there): the log is emptied (TRUNCATE, which needs
    /// no space) before the error goes on, so a full disk leaves no log behind to grow.
    private func emptyingLogWhenFull<T>(_ work: () throws -> T) throws -> T {
        do {
            return try work()
        } catch let error as StoreError where error.kind == .full {
            _ = try? truncateLog()
            throw error
        }
    }

    /// Reads in one transaction, with a stamp of what it saw: for an action that works out its
    /// writes from a read (a plan, an assignment) and must not write over what changed meanwhile.
    public func stampedRead<T>(_ body: (StoreTransaction) throws -> T) throws -> (value: T, stamp: ChangeStamp) {
        // On the writing connection: data_version is per connection, and this one also sees
        // this process's own writes in order.
        try Self.converting(path) {
            try writer().writeWithoutTransaction { db in
                var result: (value: T, stamp: ChangeStamp)?
                try db.inTransaction(.deferred) {
                    let stamp = try Self.stamp(db, ownWrites: ownWrites.withLock { $0 })
                    result = (try body(StoreTransaction(db: db)), stamp)
                    return .commit
                }
                guard let result else { throw StoreError(path: path, kind: .changed) }
                return result
            }
        }
    }

    /// Runs one user action as a single transaction if nothing was written since `stamp`;
    /// else writes nothing and throws `StoreError.changed`.
    /// A write no snapshot depends on (a staff member's log-in session): a plan cut meanwhile
    /// in this process still finds its snapshot unchanged. The console's pages keep their
    /// session alive while a long plan runs; counting that as a change made the plan refuse.
    public func writeAside<T>(_ body: (StoreTransaction) throws -> T) throws -> T {
        try emptyingLogWhenFull { try Self.converting(path) {
            try writer().write { db in try body(StoreTransaction(db: db)) }
        } }
    }

    /// - Parameter stillHolds: when only deliveries were recorded since `stamp`, whether what
    ///   was read still holds (read again in this transaction); nil: any change refuses.
    public func write<T>(
        unchangedSince stamp: ChangeStamp, orIfOnlyDeliveriesAnd stillHolds: ((StoreTransaction) throws -> Bool)? = nil,
        _ body: (StoreTransaction) throws -> T
    ) throws -> T {
        try emptyingLogWhenFull { try Self.converting(path) {
            try writer().write { db in
                let now = try Self.stamp(db, ownWrites: ownWrites.withLock { $0 })
                if now != stamp {
                    guard now.onlyDeliveries(since: stamp), let stillHolds, try stillHolds(StoreTransaction(db: db)) else {
                        throw StoreError(path: path, kind: .changed)
                    }
                }
                ownWrites.withLock { $0 += 1 }
                let result = try body(StoreTransaction(db: db))
                try Self.count(.other, db)
                return result
            }
        } }
    }

    private static func stamp(_ db: Database, ownWrites: Int) throws -> ChangeStamp {
        let counts = Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT kind, n FROM writeCount").map { ($0[0] as String, $0[1] as Int) })
        return ChangeStamp(
            dataVersion: try Int.fetchOne(db, sql: "PRAGMA data_version") ?? 0, ownWrites: ownWrites,
            otherWrites: counts[WriteKind.other.rawValue] ?? 0, deliveryWrites: counts[WriteKind.deliveries.rawValue] ?? 0)
    }

    /// Moves everything from the write-ahead log into the file and empties the log, so
    /// that nothing deleted survives in old page images there. False when another command
    /// still reads those pages past the busy timeout: SQLite may not empty the log under it,
    /// and the log goes when the last command closes the database.
    @discardableResult
    public func truncateLog() throws -> Bool {
        try Self.converting(path) {
            try writer().writeWithoutTransaction { db in
                do {
                    _ = try db.checkpoint(.truncate)
                    return true
                } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY {
                    return false
                }
            }
        }
    }

    /// A copy of the database at `destination` by SQLite's online backup, page by page from
    /// one read snapshot: writers go on meanwhile (a phone's tick waits for no backup). The
    /// copy is written beside the destination, checked (`PRAGMA integrity_check`) and only
    /// then renamed into place, so a failed backup leaves no half file under that name.
    public func backup(to destination: String) throws {
        let partial = destination + ".partial"
        try? FileManager.default.removeItem(atPath: partial)
        do {
            try Self.converting(partial) {
                let copy = try DatabaseQueue(path: partial)
                try reads.backup(to: copy)
                let check = try copy.read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") }
                try copy.close()
                guard check == "ok" else { throw StoreError(path: partial, kind: .corrupt) }
            }
            try FileManager.default.moveItem(atPath: partial, toPath: destination)
        } catch {
            try? FileManager.default.removeItem(atPath: partial)
            throw error
        }
    }

    public func read<T>(_ body: (StoreTransaction) throws -> T) throws -> T {
        try Self.converting(path) { try reads.read { db in try body(StoreTransaction(db: db)) } }
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

/// What a stamped read saw: another stamp equal to it means that no command wrote in between.
public struct ChangeStamp: Sendable, Equatable {
    let dataVersion: Int
    let ownWrites: Int
    /// Committed write transactions by kind, as every command of this program counts them.
    let otherWrites: Int
    let deliveryWrites: Int

    /// Deliveries were recorded since `earlier`, and nothing else was written by a command
    /// that counts its writes (one that does not, sqlite3 by hand, say, is not told apart).
    func onlyDeliveries(since earlier: ChangeStamp) -> Bool {
        otherWrites == earlier.otherWrites && deliveryWrites != earlier.deliveryWrites
    }
}

/// What a write transaction changes, as far as a plan cut meanwhile is concerned: phones
/// ticking all day must not refuse every long plan, when a tick changes nothing it reads.
public enum WriteKind: String, Sendable {
    case deliveries
    case other
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
