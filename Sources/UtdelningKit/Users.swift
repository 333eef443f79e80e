import Foundation
import Store

/// What a person who logs in may do: a coordinator runs the district, the board reads it.
public enum StaffRole: String, Sendable, Codable, CaseIterable, Hashable {
    case coordinator
    case board
}

/// A person who logs in, as listings and the server see them; never the password's hash.
public struct StaffUser: Sendable, Codable, Equatable {
    public var id: Int64
    public var name: String
    public var role: StaffRole
    public var createdAt: String
}

/// What `users remove` did.
public struct RemovedUser: Sendable, Equatable {
    public var name: String
    /// The user's sessions that ended with them.
    public var sessionsEnded: Int
}

extension District {
    /// A new coordinator or board member; the password is kept only as its bcrypt hash.
    /// The first coordinator may start a district: a server begins empty, and its data
    /// comes in through the console.
    /// - Parameter cost: bcrypt's log2 rounds; 12 unless a test wants speed.
    public func addUser(name: String, role: StaffRole, password: String, cost: Int = Password.defaultCost, now: Date = Date()) throws -> StaffUser {
        let name = try Self.checkedUserName(name)
        let hash = try Password.hash(password, cost: cost)
        return try storeMadeIfMissing.write { tx in
            guard let id = try tx.addStaffUser(name: name, role: role.rawValue, passwordHash: hash, createdAt: Self.timestamp(now)) else {
                throw DistrictError.duplicateUser(name)
            }
            return StaffUser(id: id, name: name, role: role, createdAt: Self.timestamp(now))
        }
    }

    /// Everyone who logs in, by name.
    public func users() throws -> [StaffUser] {
        try existingStore().read { tx in try tx.staffUsers().compactMap(Self.user) }
    }

    /// Removes the user and ends their sessions, in one transaction.
    public func removeUser(name: String) throws -> RemovedUser {
        try existingStore().write { tx in
            guard let user = try tx.staffUser(name: name) else { throw DistrictError.noUser(name) }
            let sessions = try tx.sessionCount(userID: user.id)
            _ = try tx.removeStaffUser(name: name)
            return RemovedUser(name: name, sessionsEnded: sessions)
        }
    }

    /// The user a session names, if they are still there.
    public func user(id: Int64) throws -> StaffUser? {
        try existingStore().read { tx in try tx.staffUser(id: id).flatMap(Self.user) }
    }

    /// The user whose name and password these are, else nil. Slow by design (bcrypt): run it
    /// off the server's event loops. An unknown name costs as much as a wrong password, so
    /// the time taken does not tell which names exist.
    public func logIn(name: String, password: String) throws -> StaffUser? {
        let stored = try existingStore().read { tx in try tx.staffUser(name: name) }
        guard Password.verify(password, hash: stored?.passwordHash ?? Password.unknownUserHash), let stored else { return nil }
        return Self.user(stored)
    }

    /// A user's name: one line of 1 to 64 characters, surrounding spaces dropped.
    static func checkedUserName(_ text: String) throws -> String {
        let name = text.trimmingCharacters(in: .whitespaces)
        guard (1...64).contains(name.count), !name.contains(where: { $0.isNewline || $0.unicodeScalars.contains { $0.properties.generalCategory == .control } }) else {
            throw ArgumentError("a user name is one line of 1 to 64 characters")
        }
        return name
    }

    private static func user(_ stored: StoredStaffUser) -> StaffUser? {
        StaffRole(rawValue: stored.role).map { StaffUser(id: stored.id, name: stored.name, role: $0, createdAt: stored.createdAt) }
    }
}
