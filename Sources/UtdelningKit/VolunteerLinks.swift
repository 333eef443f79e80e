import Foundation
import Store
import Vocabulary

/// The volunteers as a coordinator manages their links: who, which association, which areas,
/// and the open link if there is one (its id only: a token is never kept to show again).
public struct VolunteerLinkRow: Sendable, Equatable {
    public var volunteer: VolunteerID
    public var name: String
    public var association: String
    public var areas: [AreaID]
    public var openLink: Int64?
}

extension District {
    /// Every volunteer by association and name, read in one transaction.
    public func volunteerLinks() throws -> [VolunteerLinkRow] {
        try existingStore().read { tx in
            let assigned = Dictionary(grouping: try tx.assignments(), by: \.volunteerID).mapValues { $0.map(\.areaID).sorted() }
            var open: [VolunteerID: Int64] = [:]
            for link in try tx.activeLinks() {
                if case .volunteer(let id) = link.scope { open[id] = link.id }
            }
            return try tx.volunteers(association: nil).map { v in
                VolunteerLinkRow(volunteer: v.id, name: v.name, association: v.association, areas: assigned[v.id] ?? [], openLink: open[v.id])
            }.sorted { ($0.association, $0.name, $0.volunteer.rawValue) < ($1.association, $1.name, $1.volunteer.rawValue) }
        }
    }
}
