import Store
import Vocabulary

/// The changes made by hand, newest first, with the staff user's name (staff, not volunteers);
/// areas, volunteers and links by id only.
public struct AuditLog: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        public var at: String
        public var user: String
        public var action: String
        public var area: AreaID?
        public var volunteer: VolunteerID?
        public var link: Int64?
        public var association: String?
    }

    public var entries: [Entry]
}

extension District {
    public func auditLog(limit: Int = 500) throws -> AuditLog {
        try existingStore().read { tx in
            let users = Dictionary(uniqueKeysWithValues: try tx.staffUsers().map { ($0.id, $0.name) })
            return AuditLog(
                entries: try tx.auditEntries(limit: limit).map { e in
                    .init(at: e.at, user: users[e.staffUserID] ?? "borttagen användare \(e.staffUserID)", action: e.action, area: e.area, volunteer: e.volunteer, link: e.link, association: e.association)
                })
        }
    }

    /// How many changes of each kind: what the board may see of the log.
    public func auditCounts() throws -> [String: Int] {
        try existingStore().read { tx in try tx.auditCounts() }
    }
}
