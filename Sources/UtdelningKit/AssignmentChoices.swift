import Planner
import Store
import Vocabulary

/// Whom the console offers for an area, in the order `assign` would think of them: the area's
/// own association first, then the nearest neighbouring associations with room.
public struct AssignmentChoices: Sendable, Equatable {
    public struct Choice: Sendable, Equatable {
        public var volunteer: VolunteerID
        public var name: String
        public var association: String
        public var holds: Int
        public var capacity: Int
        public var own: Bool
    }

    public var area: AreaID
    public var association: String
    public var current: VolunteerID?
    public var choices: [Choice]
}

extension District {
    public func assignmentChoices(area: AreaID) throws -> AssignmentChoices {
        let state = try existingStore().read { tx in try AssignmentState(tx, fallbackTarget: config.planning.targetMinutes) }
        guard let stored = state.areas.first(where: { $0.id == area }) else { throw DistrictError.noArea(area) }
        let names = Dictionary(uniqueKeysWithValues: state.volunteers.map { ($0.id, $0.name) })
        // An area with no stops has no start to measure from: only its own association is offered.
        let slot = state.slots.first { $0.id == area }
        let candidates = slot.map { Assignment.candidates(for: $0, people: state.people, volunteerOf: state.volunteerOf) }
            ?? state.people.filter { $0.association == stored.association }.map { person in
                Assignment.Candidate(person: person, holds: state.held.filter { $0.volunteerID == person.id }.count, own: true)
            }
        return AssignmentChoices(
            area: area, association: stored.association, current: state.volunteerOf[area],
            choices: candidates.map { c in
                AssignmentChoices.Choice(volunteer: c.person.id, name: names[c.person.id] ?? "", association: c.person.association, holds: c.holds, capacity: c.person.capacity, own: c.own)
            })
    }
}
