import Foundation
import Store
import Vocabulary

/// What a page showed of an area when it was loaded: its volunteer, its lock and its sheet
/// version. A change by hand carries it back, and is refused if the area moved on meanwhile.
/// Printing is no change here: the page's own PDF link prints the sheet.
public struct AreaRevision: Sendable, Equatable {
    public var volunteer: VolunteerID?
    public var locked: Bool
    public var version: Int

    public init(volunteer: VolunteerID?, locked: Bool, version: Int) {
        self.volunteer = volunteer
        self.locked = locked
        self.version = version
    }

    /// "a17.l0.v3" (nothing after the a: no volunteer); read back by `init(token:)`.
    public var token: String {
        "a\(volunteer.map(\.description) ?? "").l\(locked ? 1 : 0).v\(version)"
    }

    public init?(token: String) {
        let parts = token.split(separator: ".", omittingEmptySubsequences: false).map { ($0.first, String($0.dropFirst())) }
        guard parts.count == 3, parts.map(\.0) == ["a", "l", "v"], let version = Int(parts[2].1), ["0", "1"].contains(parts[1].1) else { return nil }
        let a = parts[0].1
        guard a.isEmpty || Int64(a) != nil else { return nil }
        self.init(volunteer: Int64(a).map(VolunteerID.init(rawValue:)), locked: parts[1].1 == "1", version: version)
    }

    /// As stored now, in the transaction of the change.
    static func read(_ area: AreaID, _ tx: StoreTransaction) throws -> AreaRevision {
        guard let stored = try tx.area(id: area) else { throw DistrictError.noArea(area) }
        let volunteer = try tx.assignments().first { $0.areaID == area }?.volunteerID
        return AreaRevision(volunteer: volunteer, locked: stored.locked, version: stored.version)
    }
}

/// A change made by hand by a staff user: who, and the area's revision their page showed (nil:
/// a change with no page behind it). Kept in the audit log by ids only.
public struct StaffEdit: Sendable {
    public enum Action: String, Sendable, CaseIterable {
        case assign, unassign, lock, unlock, deliver
        case autoAssign = "auto-assign"
        case renewLink = "renew-link", revokeLink = "revoke-link"
        case editVolunteer = "edit-volunteer", forgetVolunteer = "forget-volunteer"
    }

    public var user: Int64
    public var seen: AreaRevision?
    public var now: Date

    public init(user: Int64, seen: AreaRevision? = nil, now: Date = Date()) {
        self.user = user
        self.seen = seen
        self.now = now
    }

    /// Refuses the change if the area is no longer as the page showed it.
    func check(area: AreaID, _ tx: StoreTransaction) throws {
        guard let seen else { return }
        let now = try AreaRevision.read(area, tx)
        if now != seen { throw DistrictError.changedMeanwhile(area: area, seen: seen, now: now) }
    }

    func audit(
        _ action: Action, area: AreaID? = nil, volunteer: VolunteerID? = nil, link: Int64? = nil, association: String? = nil, now: Date? = nil,
        _ tx: StoreTransaction
    ) throws {
        try tx.addAuditEntry(
            StoredAuditEntry(
                at: District.timestamp(now ?? self.now), staffUserID: user, action: action.rawValue, area: area, volunteer: volunteer, link: link,
                association: association))
    }
}

extension District {
    /// An area's revision now, for a page to carry in its forms.
    public func areaRevision(_ area: AreaID) throws -> AreaRevision {
        try existingStore().read { tx in try AreaRevision.read(area, tx) }
    }
}
