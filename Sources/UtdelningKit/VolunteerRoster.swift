import Foundation
import Households
import Store
import Vocabulary

/// The volunteers as a coordinator runs them: what each takes on and how, which areas they
/// hold, and where their link stands. Names only: contact details are read per person.
public struct VolunteerRosterRow: Sendable, Equatable {
    /// Where a volunteer's link stands: the newest one decides.
    public enum LinkState: Sendable, Equatable {
        case active(Int64)
        /// Not revoked, but past the district's last link day.
        case expired(Int64)
        case revoked(Int64)
        case none
    }

    public var volunteer: VolunteerID
    public var name: String
    public var association: String
    public var capacityAreas: Int?
    public var capacityHours: Double?
    /// The capacity in areas, as `assign` counts it (hours through the target time).
    public var capacity: Int
    public var mode: Volunteer.Mode
    public var areas: [AreaID]
    public var link: LinkState
}

extension District {
    /// Every volunteer by association and name, read in one transaction.
    public func volunteerRoster(now: Date = Date()) throws -> [VolunteerRosterRow] {
        let past = linkDays.isPast(now)
        return try existingStore().read { tx in
            let held = Dictionary(grouping: try tx.assignments(), by: \.volunteerID).mapValues { $0.map(\.areaID).sorted() }
            // Hours become areas by the target time of the volunteer's association, as in `assign`.
            let state = try AssignmentState(tx, fallbackTarget: config.planning.targetMinutes)
            let capacity = Dictionary(state.people.map { ($0.id, $0.capacity) }, uniquingKeysWith: { first, _ in first })
            var newest: [VolunteerID: StoredLink] = [:]
            var open: [VolunteerID: Int64] = [:]
            for link in try tx.volunteerLinks() {
                guard case .volunteer(let id) = link.scope else { continue }
                newest[id] = link
                if link.revokedAt == nil { open[id] = link.id }
            }
            return try tx.volunteers(association: nil).map { v in
                let link: VolunteerRosterRow.LinkState =
                    if let id = open[v.id] { past ? .expired(id) : .active(id) } else { newest[v.id].map { .revoked($0.id) } ?? .none }
                return VolunteerRosterRow(
                    volunteer: v.id, name: v.name, association: v.association, capacityAreas: v.capacityAreas, capacityHours: v.capacityHours,
                    capacity: capacity[v.id] ?? 1, mode: v.mode,
                    areas: held[v.id] ?? [], link: link)
            }
        }
    }
}
