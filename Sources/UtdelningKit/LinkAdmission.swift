import Foundation
import Store
import Vocabulary

/// Why a link did not let a request in: a token no link has, a link at another door, or an
/// area the link does not open is as if nothing were there; a revoked or expired link says so.
public enum LinkRefusal: Error, Equatable {
    case notFound
    case closed(LinkAccess)
}

extension LinkAccess {
    /// Where a link is asked: the volunteers' pages and ticks, or the board's.
    public enum Door: Sendable, Equatable {
        case volunteer
        case board
    }

    /// The door the link belongs at: a board link at the board's, every other at the volunteers'.
    public var door: Door {
        if case .board = scope { return .board }
        return .volunteer
    }

    /// The one rule of links, asked by the web gate on every request and by the tick batch
    /// in the transaction that writes: no link, or a link at another door, is not found
    /// before its state is looked at (a board link's state is not told at /v/); then a closed
    /// link is refused as closed; then an area the link does not open is not found.
    public static func admit(_ access: LinkAccess?, at door: Door, area: AreaID? = nil) throws(LinkRefusal) -> LinkAccess {
        guard let access, access.door == door else { throw .notFound }
        guard access.state == .open else { throw .closed(access) }
        if let area, !access.opens(area) { throw .notFound }
        return access
    }
}

extension District {
    /// The open access a link's token gives at a door (and to an area, if one is asked), read
    /// afresh; else the `LinkRefusal` that says why not.
    public func admit(token text: String, at door: LinkAccess.Door, area: AreaID? = nil, now: Date = Date()) throws -> LinkAccess {
        try existingStore().read { tx in try admit(token: text, at: door, area: area, now: now, tx: tx) }
    }

    /// The same, read in a transaction of the caller's (a tick's link is asked in the
    /// transaction that writes the tick, so a revocation cannot come in between).
    func admit(token text: String, at door: LinkAccess.Door, area: AreaID?, now: Date, tx: StoreTransaction) throws -> LinkAccess {
        guard let token = LinkToken(text) else { throw LinkRefusal.notFound }
        return try LinkAccess.admit(access(token, now: now, tx: tx), at: door, area: area)
    }
}
