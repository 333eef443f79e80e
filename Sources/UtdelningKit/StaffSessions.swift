import Crypto
import Foundation
import Store

/// Log-in sessions in the district's own database, so they outlive a restart of the server.
/// A session's key is a bearer secret like a link's token: only its SHA-256 is stored.
extension District {
    /// Saves what a session holds; nil `expiresAt` keeps the time it has (a new one gets `idle`).
    /// Sessions past their time are forgotten on the way.
    public func saveSession(key: String, userID: Int64, data: Data, expiresAt: Date?, idle: Duration, now: Date = Date()) throws {
        let hash = Self.sessionKeyHash(key)
        let nowSeconds = Self.seconds(now)
        try existingStore().writeAside { tx in
            try tx.removeExpiredSessions(nowSeconds: nowSeconds)
            let until = try expiresAt.map(Self.seconds) ?? tx.session(keyHash: hash, nowSeconds: nowSeconds)?.expiresAtSeconds
                ?? nowSeconds + idle.components.seconds
            try tx.saveSession(keyHash: hash, StoredSession(userID: userID, data: data, expiresAtSeconds: until))
        }
    }

    /// What the session holds and until when, unless it has expired or never was.
    public func session(key: String, now: Date = Date()) throws -> (data: Data, expiresAt: Date)? {
        try existingStore().read { tx in
            try tx.session(keyHash: Self.sessionKeyHash(key), nowSeconds: Self.seconds(now)).map {
                ($0.data, Date(timeIntervalSince1970: TimeInterval($0.expiresAtSeconds)))
            }
        }
    }

    public func endSession(key: String) throws {
        try existingStore().writeAside { tx in try tx.removeSession(keyHash: Self.sessionKeyHash(key)) }
    }

    static func sessionKeyHash(_ key: String) -> Data { Data(SHA256.hash(data: Data(key.utf8))) }

    private static func seconds(_ date: Date) -> Int64 { Int64(date.timeIntervalSince1970.rounded(.down)) }
}
