import Foundation
import Hummingbird
import UtdelningKit

/// hummingbird-auth's sessions kept in the district's database, so a restart logs no one out.
/// Only our `StaffSession` is stored: each row belongs to a user and goes when they do.
struct SessionStore: PersistDriver {
    let district: District
    /// A new session's lifetime when none is given.
    let idle: Duration

    func create<Object: Codable & Sendable>(key: String, value: Object, expires: Duration?) async throws {
        guard try district.session(key: key) == nil else { throw PersistError.duplicate }
        try await set(key: key, value: value, expires: expires ?? idle)
    }

    func set<Object: Codable & Sendable>(key: String, value: Object, expires: Duration?) async throws {
        guard let session = value as? StaffSession else { throw PersistError.invalidConversion }
        let until = expires.map { Date().addingTimeInterval(TimeInterval($0.components.seconds)) }
        try district.saveSession(key: key, userID: session.user, data: try JSONEncoder().encode(session), expiresAt: until, idle: idle)
    }

    func get<Object: Codable & Sendable>(key: String, as type: Object.Type) async throws -> Object? {
        try await getWithTTL(key: key, as: type)?.object
    }

    func getWithTTL<Object: Codable & Sendable>(key: String, as type: Object.Type) async throws -> (object: Object, ttl: Duration?)? {
        let now = Date()
        guard let (data, expiresAt) = try district.session(key: key, now: now) else { return nil }
        guard let object = try? JSONDecoder().decode(type, from: data) else { throw PersistError.invalidConversion }
        return (object, .seconds(Int64(expiresAt.timeIntervalSince(now).rounded(.down))))
    }

    func remove(key: String) async throws {
        try district.endSession(key: key)
    }
}
