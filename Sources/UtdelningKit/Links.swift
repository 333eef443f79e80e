import Foundation
import Store
import Vocabulary

/// The links one `links` run made. A token is shown once, when it is made: only its hash is kept.
public struct LinkListing: Sendable, Codable, Equatable {
    public struct Row: Sendable, Codable, Equatable {
        /// The link's id, for `links revoke`.
        public var id: Int64
        /// "volunteer", "area" or "board".
        public var kind: String
        public var volunteer: VolunteerID?
        public var name: String?
        /// Where the mail merge sends a volunteer's link, if known.
        public var email: String?
        public var association: String
        /// The areas it opens now (a volunteer's follow their assignments).
        public var areas: [AreaID]
        public var url: String
    }

    public var links: [Row]
    /// Links made before and still open: not shown again (revoke one to make a new one).
    public var kept: Int
    /// The last day links open.
    public var expires: String
}

/// A volunteer's renewed link; the URL is shown this once.
public struct RenewedLink: Sendable, Equatable {
    public var volunteer: VolunteerID
    /// The links it replaced (none if the volunteer had no open one).
    public var revoked: [Int64]
    public var id: Int64
    public var url: String
}

extension District {
    /// A link for every assigned volunteer and every area that has none open yet.
    /// - Parameter publicURL: the server's address as phones reach it; else `links.publicURL`.
    public func issueLinks(association: String? = nil, publicURL: String? = nil, now: Date = Date()) throws -> LinkListing {
        let base = try linkBase(publicURL, path: "v")
        return try existingStore().write { tx in
            let names = try tx.associationNames()
            if let association, !names.contains(association) { throw DistrictError.unknownAssociation(association, known: names) }
            let volunteers = try tx.volunteers(association: association)
            let areas = try tx.areas().filter { association == nil || $0.association == association }
            let assigned = Dictionary(grouping: try tx.assignments(), by: \.volunteerID).mapValues { $0.map(\.areaID) }
            let open = Set(try tx.activeLinks().map(\.scope))
            var rows: [LinkListing.Row] = []
            func add(_ scope: StoredLink.Scope) throws -> (Int64, String) { try Self.newLink(scope, base: base, now: now, tx: tx) }
            for v in volunteers where assigned[v.id] != nil && !open.contains(.volunteer(v.id)) {
                let (id, url) = try add(.volunteer(v.id))
                rows.append(.init(id: id, kind: "volunteer", volunteer: v.id, name: v.name, email: v.email, association: v.association, areas: assigned[v.id] ?? [], url: url))
            }
            for a in areas where !open.contains(.area(a.id)) {
                let (id, url) = try add(.area(a.id))
                rows.append(.init(id: id, kind: "area", volunteer: nil, name: nil, email: nil, association: a.association, areas: [a.id], url: url))
            }
            let kept = open.filter { scope in
                switch scope {
                case .volunteer(let id): volunteers.contains { $0.id == id }
                case .area(let id): areas.contains { $0.id == id }
                case .board: false
                }
            }.count
            return LinkListing(links: rows, kept: kept, expires: linkDays.lastDay)
        }
    }

    /// A new link to the board's dashboard, one per board member who asks: each can be
    /// revoked alone. It opens the district's figures and no volunteer's area.
    public func issueBoardLink(publicURL: String? = nil, now: Date = Date()) throws -> LinkListing {
        let base = try linkBase(publicURL, path: "b")
        let (id, url) = try existingStore().write { tx in try Self.newLink(.board, base: base, now: now, tx: tx) }
        return LinkListing(
            links: [.init(id: id, kind: "board", volunteer: nil, name: nil, email: nil, association: "", areas: [], url: url)], kept: 0,
            expires: linkDays.lastDay)
    }

    /// `<public address>/<path>`: the door a new link opens.
    private func linkBase(_ publicURL: String?, path: String) throws -> String {
        guard let base = LinkRules.url(base: publicURL ?? config.links.publicURL, path: path) else {
            throw ArgumentError("no public address for links: set links.publicURL in the configuration or give --public-url")
        }
        return base
    }

    /// A fresh link for each area about to be printed, for its QR code, when `links.publicURL`
    /// is set: the paper and the phone meet. Only the hash is kept, so each print makes its
    /// own; a link on a sheet printed before stays open.
    func areaLinks(_ areas: [AreaID], store: DistrictStore, now: Date = Date()) throws -> [AreaID: String] {
        guard let base = LinkRules.url(base: config.links.publicURL, path: "v") else { return [:] }
        return try store.write { tx in
            try Dictionary(uniqueKeysWithValues: areas.map { area in (area, try Self.newLink(.area(area), base: base, now: now, tx: tx).url) })
        }
    }

    /// A new token for the scope, stored as its hash; the link is `<base>/<token>`.
    private static func newLink(_ scope: StoredLink.Scope, base: String, now: Date, tx: StoreTransaction) throws -> (id: Int64, url: String) {
        let token = LinkToken.random()
        return (try tx.addLink(tokenHash: token.hash, scope: scope, createdAt: timestamp(now)), base + "/" + token.text)
    }

    /// A volunteer's new link in place of their open one (a lost phone, a forwarded message):
    /// the old one is revoked and the new one made in one transaction. Its URL is shown once.
    public func renewLink(volunteer: VolunteerID, publicURL: String? = nil, now: Date = Date(), by edit: StaffEdit? = nil) throws -> RenewedLink {
        let base = try linkBase(publicURL, path: "v")
        return try existingStore().write { tx in
            guard try tx.volunteer(id: volunteer) != nil else { throw DistrictError.noVolunteer(volunteer) }
            let revoked = try tx.activeLinks().filter { $0.scope == .volunteer(volunteer) }.map(\.id)
            for id in revoked { _ = try tx.revokeLink(id: id, at: Self.timestamp(now)) }
            let (id, url) = try Self.newLink(.volunteer(volunteer), base: base, now: now, tx: tx)
            try edit?.audit(.renewLink, volunteer: volunteer, link: id, now: now, tx)
            return RenewedLink(volunteer: volunteer, revoked: revoked, id: id, url: url)
        }
    }

    /// Closes a link for good; its page then says so and whom to ask.
    public func revokeLink(id: Int64, now: Date = Date(), by edit: StaffEdit? = nil) throws {
        try existingStore().write { tx in
            guard try tx.revokeLink(id: id, at: Self.timestamp(now)) else { throw DistrictError.noLink(id) }
            try edit?.audit(.revokeLink, link: id, now: now, tx)
        }
    }
}
