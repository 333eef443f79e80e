import Foundation
import Planner
import Store
import Vocabulary

/// `assignments`: who has what, one row per assigned area.
public struct AssignmentListing: Sendable, Codable, Equatable {
    public struct Row: Sendable, Codable, Equatable {
        public var area: AreaID
        public var association: String
        public var volunteer: VolunteerID
        public var volunteerName: String
        /// Given by hand (kept by every `assign`), else by `assign`.
        public var manual: Bool
        public var mode: PlannedArea.Mode
        public var minutes: Double
        public var papers: Int
    }

    public var assignments: [Row]
}

extension District {
    /// The assigned areas of every association (or one, named in any case), by association,
    /// volunteer name and area.
    public func assignments(association: String? = nil) throws -> AssignmentListing {
        let (areas, volunteers, held, names) = try existingStore().read { tx in
            (try tx.areas(), try tx.volunteers(), try tx.assignments(), try tx.associationNames())
        }
        let chosen = Set(try chosenAssociations(association, among: names))
        let areaOf = Dictionary(areas.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let nameOf = Dictionary(volunteers.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let rows = held.compactMap { a -> AssignmentListing.Row? in
            guard let area = areaOf[a.areaID], chosen.contains(area.association) else { return nil }
            return .init(
                area: a.areaID, association: area.association, volunteer: a.volunteerID, volunteerName: nameOf[a.volunteerID] ?? "",
                manual: a.manual, mode: area.mode, minutes: (area.time.value * 10).rounded() / 10, papers: area.households)
        }
        return AssignmentListing(
            assignments: rows.sorted { ($0.association, $0.volunteerName, $0.volunteer, $0.area) < ($1.association, $1.volunteerName, $1.volunteer, $1.area) })
    }
}
