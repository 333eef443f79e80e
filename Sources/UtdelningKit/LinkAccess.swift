import Foundation
import Store
import Vocabulary

/// What a link opens, read afresh on every request: a volunteer's link follows their
/// assignments as they are now, an area's link opens that area alone.
public struct LinkAccess: Sendable, Equatable {
    public enum State: Sendable, Equatable {
        case open
        case revoked
        case expired
    }

    public var state: State
    public var scope: StoredLink.Scope
    /// The areas it opens; empty unless the link is open.
    public var areas: [AreaID]
    /// The link's association; empty for a board link, which is the district's.
    public var association: String
    /// Whom to ask about the link: the association's contact person, if the configuration names one.
    public var contact: String?
    public var lastDay: String

    public func opens(_ area: AreaID) -> Bool { state == .open && areas.contains(area) }
}

extension District {
    /// The access a link's token gives, or nil for a token no link has (the server answers
    /// that as if nothing were there).
    public func access(token text: String, now: Date = Date()) throws -> LinkAccess? {
        guard let token = LinkToken(text) else { return nil }
        return try existingStore().read { tx in try access(token, now: now, tx: tx) }
    }

    /// The same, read in a transaction of the caller's (a tick's link is checked in the
    /// transaction that writes the tick, so a revocation cannot come in between).
    func access(_ token: LinkToken, now: Date, tx: StoreTransaction) throws -> LinkAccess? {
        guard let link = try tx.link(tokenHash: token.hash) else { return nil }
        let association: String?
        var areas: [AreaID]
        switch link.scope {
        case .volunteer(let id):
            association = try tx.volunteer(id: id)?.association
            areas = try tx.assignedAreas(of: id)
        case .area(let id):
            association = try tx.areaHeader(id: id)?.association
            areas = [id]
        case .board:
            association = ""
            areas = []
        }
        guard let association else { return nil }
        let state: LinkAccess.State = link.revokedAt != nil ? .revoked : linkDays.isPast(now) ? .expired : .open
        if state != .open { areas = [] }
        return LinkAccess(
            state: state, scope: link.scope, areas: areas, association: association, contact: association.isEmpty ? nil : config.contact(of: association), lastDay: linkDays.lastDay)
    }
}
