import Foundation
import GRDB
import Vocabulary

/// One change made by hand, as the audit table keeps it: ids only, never a person's name.
public struct StoredAuditEntry: Sendable, Equatable {
    public var id: Int64
    public var at: String
    public var staffUserID: Int64
    public var action: String
    public var area: AreaID?
    public var volunteer: VolunteerID?
    public var link: Int64?
    /// An association's name, for a change to all its areas at once.
    public var association: String?

    public init(
        id: Int64 = 0, at: String, staffUserID: Int64, action: String, area: AreaID? = nil, volunteer: VolunteerID? = nil, link: Int64? = nil,
        association: String? = nil
    ) {
        self.id = id
        self.at = at
        self.staffUserID = staffUserID
        self.action = action
        self.area = area
        self.volunteer = volunteer
        self.link = link
        self.association = association
    }
}

extension StoreTransaction {
    /// Written in the transaction of the change it records: both happen or neither.
    public func addAuditEntry(_ entry: StoredAuditEntry) throws {
        try db.execute(
            sql: "INSERT INTO audit (at, staffUserId, action, areaId, volunteerId, linkId, association) VALUES (?, ?, ?, ?, ?, ?, ?)",
            arguments: [entry.at, entry.staffUserID, entry.action, entry.area, entry.volunteer, entry.link, entry.association])
    }

    /// Newest first.
    public func auditEntries(limit: Int) throws -> [StoredAuditEntry] {
        try Row.fetchAll(db, sql: "SELECT id, at, staffUserId, action, areaId, volunteerId, linkId, association FROM audit ORDER BY id DESC LIMIT ?", arguments: [limit])
            .map { StoredAuditEntry(id: $0[0], at: $0[1], staffUserID: $0[2], action: $0[3], area: $0[4], volunteer: $0[5], link: $0[6], association: $0[7]) }
    }

    /// Action → how many times, for those who may see counts only.
    public func auditCounts() throws -> [String: Int] {
        Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT action, count(*) FROM audit GROUP BY action").map { ($0[0] as String, $0[1] as Int) })
    }
}
