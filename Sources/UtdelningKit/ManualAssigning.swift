import Foundation
import Households
import Planner
import Store
import Vocabulary

/// What `assign AREA --to ID` or `unassign AREA` did, and what the coordinator should know.
public struct ManualAssignment: Sendable, Equatable {
    /// Done anyway: the coordinator may know better.
    public enum Warning: Sendable, Equatable {
        case overCapacity(volunteer: VolunteerID, areas: Int, capacity: Int)
        case otherAssociation(area: AreaID, association: String, volunteer: VolunteerID, volunteerAssociation: String)
        /// A bike or car round for someone who does not cycle or drive.
        case mode(area: AreaID, mode: PlannedArea.Mode, volunteer: VolunteerID)
    }

    /// Who held the area before (refused it from now on, when someone else or nobody has it).
    public var previous: VolunteerID?
    public var warnings: [Warning]
}

extension District {
    /// `assign AREA --to VOLUNTEER` (nil: `unassign AREA`). A manual choice is kept by every
    /// later `assign`; it may cross associations, which is how a neighbour helps out.
    public func assignManually(area: AreaID, to volunteer: VolunteerID?) throws -> ManualAssignment {
        try workingFromOneSnapshot { try assignManuallyFromOneSnapshot(area: area, to: volunteer) }
    }

    /// Checked against one snapshot and written only if it is unchanged: a plan meanwhile may
    /// have removed the area.
    private func assignManuallyFromOneSnapshot(area: AreaID, to volunteer: VolunteerID?) throws -> ManualAssignment {
        let store = try existingStore()
        let (state, stamp) = try store.stampedRead { tx in try AssignmentState(tx, fallbackTarget: config.planning.targetMinutes) }
        guard let stored = state.areas.first(where: { $0.id == area }) else { throw DistrictError.noArea(area) }
        let previous = state.volunteerOf[area]
        var warnings: [ManualAssignment.Warning] = []
        if let volunteer {
            guard let person = state.people.first(where: { $0.id == volunteer }) else {
                throw DistrictError.noVolunteer(volunteer)
            }
            let holds = state.held.filter { $0.volunteerID == volunteer && $0.areaID != area }.count + 1
            if holds > person.capacity { warnings.append(.overCapacity(volunteer: volunteer, areas: holds, capacity: person.capacity)) }
            if stored.association != person.association {
                warnings.append(
                    .otherAssociation(area: area, association: stored.association, volunteer: volunteer, volunteerAssociation: person.association))
            }
            if !person.canDo(stored.mode) { warnings.append(.mode(area: area, mode: stored.mode, volunteer: volunteer)) }
        }
        try store.write(unchangedSince: stamp) { tx in try tx.setManualAssignment(area: area, volunteer: volunteer) }
        return ManualAssignment(previous: previous, warnings: warnings)
    }
}
