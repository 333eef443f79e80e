import Foundation
import GRDB
import Vocabulary

/// A stored link: whom or what it opens. The token itself is never stored, only its hash.
public struct StoredLink: Sendable, Equatable {
    public enum Scope: Sendable, Equatable, Hashable {
        case volunteer(VolunteerID)
        case area(AreaID)
        /// The board's dashboard: the whole district's figures, no one's name.
        case board
    }

    public var id: Int64
    public var scope: Scope
    public var createdAt: String
    public var revokedAt: String?
}

extension StoreTransaction {
    public func addLink(tokenHash: Data, scope: StoredLink.Scope, createdAt: String) throws -> Int64 {
        let (volunteer, area, board): (VolunteerID?, AreaID?, Bool) = switch scope {
        case .volunteer(let id): (id, nil, false)
        case .area(let id): (nil, id, false)
        case .board: (nil, nil, true)
        }
        try db.execute(
            sql: "INSERT INTO accessLink (tokenHash, volunteerId, areaId, board, createdAt) VALUES (?, ?, ?, ?, ?)",
            arguments: [tokenHash, volunteer, area, board, createdAt])
        return db.lastInsertedRowID
    }

    public func link(tokenHash: Data) throws -> StoredLink? {
        try Row.fetchOne(db.cachedStatement(sql: "\(Self.linkColumns) WHERE tokenHash = ?"), arguments: [tokenHash]).map(Self.link)
    }

    /// Links not revoked, oldest first.
    public func activeLinks() throws -> [StoredLink] {
        try Row.fetchAll(db, sql: "\(Self.linkColumns) WHERE revokedAt IS NULL ORDER BY id").map(Self.link)
    }

    /// Every link a volunteer has had, revoked ones too, oldest first: what a coordinator's
    /// list needs to tell an open link from a revoked one and from none.
    public func volunteerLinks() throws -> [StoredLink] {
        try Row.fetchAll(db, sql: "\(Self.linkColumns) WHERE volunteerId IS NOT NULL ORDER BY id").map(Self.link)
    }

    /// Whether a link with this id was there to revoke (revoking twice keeps the first time).
    public func revokeLink(id: Int64, at time: String) throws -> Bool {
        guard try Bool.fetchOne(db, sql: "SELECT 1 FROM accessLink WHERE id = ?", arguments: [id]) != nil else { return false }
        try db.execute(sql: "UPDATE accessLink SET revokedAt = ? WHERE id = ? AND revokedAt IS NULL", arguments: [time, id])
        return true
    }

    /// Records a phone report's own id; false when it was received before, so it counts once.
    public func receiveReport(id: String, at time: String) throws -> Bool {
        try db.cachedStatement(sql: "INSERT OR IGNORE INTO reportReceipt (reportId, receivedAt) VALUES (?, ?)").execute(arguments: [id, time])
        return db.changesCount > 0
    }

    private static let linkColumns = "SELECT id, volunteerId, areaId, board, createdAt, revokedAt FROM accessLink"

    private static func link(_ row: Row) -> StoredLink {
        let volunteer: VolunteerID? = row[1]
        let area: AreaID? = row[2]
        // The table's CHECK holds exactly one of the three.
        let scope: StoredLink.Scope = volunteer.map { .volunteer($0) } ?? area.map { .area($0) } ?? .board
        return StoredLink(id: row[0], scope: scope, createdAt: row[4], revokedAt: row[5])
    }
}
