import Foundation
import GRDB

/// A person who logs in (a coordinator or a board member), as stored: the password only as
/// its bcrypt hash.
public struct StoredStaffUser: Sendable, Equatable {
    public var id: Int64
    public var name: String
    /// "coordinator" or "board"; the schema allows no other.
    public var role: String
    public var passwordHash: String
    public var createdAt: String
}

/// A log-in session as stored: whose it is, what it holds, until when (seconds since 1970).
public struct StoredSession: Sendable, Equatable {
    public var userID: Int64
    public var data: Data
    public var expiresAtSeconds: Int64

    public init(userID: Int64, data: Data, expiresAtSeconds: Int64) {
        self.userID = userID
        self.data = data
        self.expiresAtSeconds = expiresAtSeconds
    }
}

extension StoreTransaction {
    /// Nil when the name is taken (the name is unique).
    public func addStaffUser(name: String, role: String, passwordHash: String, createdAt: String) throws -> Int64? {
        try db.execute(
            sql: "INSERT OR IGNORE INTO staffUser (name, role, passwordHash, createdAt) VALUES (?, ?, ?, ?)",
            arguments: [name, role, passwordHash, createdAt])
        return db.changesCount > 0 ? db.lastInsertedRowID : nil
    }

    /// By name, as a sorted listing shows them.
    public func staffUsers() throws -> [StoredStaffUser] {
        try Row.fetchAll(db, sql: "\(Self.userColumns) ORDER BY name, id").map(Self.user)
    }

    public func staffUser(name: String) throws -> StoredStaffUser? {
        try Row.fetchOne(db, sql: "\(Self.userColumns) WHERE name = ?", arguments: [name]).map(Self.user)
    }

    public func staffUser(id: Int64) throws -> StoredStaffUser? {
        try Row.fetchOne(db, sql: "\(Self.userColumns) WHERE id = ?", arguments: [id]).map(Self.user)
    }

    /// Whether there was such a user; their sessions go with them (ON DELETE CASCADE).
    public func removeStaffUser(name: String) throws -> Bool {
        try db.execute(sql: "DELETE FROM staffUser WHERE name = ?", arguments: [name])
        return db.changesCount > 0
    }

    /// Adds the session, or replaces the one under the same key.
    public func saveSession(keyHash: Data, _ session: StoredSession) throws {
        try db.execute(
            sql: "INSERT OR REPLACE INTO staffSession (keyHash, userId, data, expiresAtSeconds) VALUES (?, ?, ?, ?)",
            arguments: [keyHash, session.userID, session.data, session.expiresAtSeconds])
    }

    /// The session under the key if it has not expired at `nowSeconds`.
    public func session(keyHash: Data, nowSeconds: Int64) throws -> StoredSession? {
        try Row.fetchOne(
            db, sql: "SELECT userId, data, expiresAtSeconds FROM staffSession WHERE keyHash = ? AND expiresAtSeconds > ?",
            arguments: [keyHash, nowSeconds]
        ).map { StoredSession(userID: $0[0], data: $0[1], expiresAtSeconds: $0[2]) }
    }

    public func removeSession(keyHash: Data) throws {
        try db.execute(sql: "DELETE FROM staffSession WHERE keyHash = ?", arguments: [keyHash])
    }

    /// Forgets sessions expired by `nowSeconds`: nothing of them is kept past their time.
    public func removeExpiredSessions(nowSeconds: Int64) throws {
        try db.execute(sql: "DELETE FROM staffSession WHERE expiresAtSeconds <= ?", arguments: [nowSeconds])
    }

    public func sessionCount(userID: Int64) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT count(*) FROM staffSession WHERE userId = ?", arguments: [userID]) ?? 0
    }

    private static let userColumns = "SELECT id, name, role, passwordHash, createdAt FROM staffUser"

    private static func user(_ row: Row) -> StoredStaffUser {
        StoredStaffUser(id: row[0], name: row[1], role: row[2], passwordHash: row[3], createdAt: row[4])
    }
}
