import Planner
import Store
import Vocabulary

/// What assigning works on, read in one transaction: the areas as slots, the volunteers
/// with their capacities, who holds what, and the pairs taken apart by hand.
struct AssignmentState {
    var areas: [StoredArea]
    var volunteers: [StoredVolunteer]
    var held: [StoreTransaction.StoredAssignment]
    var refused: Set<Assignment.Refusal>
    var associations: [String]
    var slots: [Assignment.AreaSlot]
    var people: [Assignment.Person]

    /// `fallbackTarget` is for areas that do not know the target they were cut to.
    init(_ tx: StoreTransaction, fallbackTarget: Minutes) throws {
        areas = try tx.areas()
        volunteers = try tx.volunteers()
        held = try tx.assignments()
        refused = Set(try tx.assignmentRefusals().map { Assignment.Refusal(area: $0.area, volunteer: $0.volunteer) })
        associations = try tx.associationNames()
        let position = Dictionary(try tx.points().map { ($0.point.key, $0.point.coordinate) }, uniquingKeysWith: { first, _ in first })
        let slots = areas.compactMap { area in
            area.route.first.flatMap { position[$0] }.map {
                Assignment.AreaSlot(id: area.id, association: area.association, mode: area.mode, start: $0, targetTime: area.plan.targetTime)
            }
        }
        self.slots = slots
        people = volunteers.map { v in
            let target = Assignment.targetTime(of: v.association, in: slots, fallback: fallbackTarget)
            return Assignment.Person(
                id: v.id, association: v.association, home: v.home,
                capacity: Assignment.capacity(areas: v.capacityAreas, hours: v.capacityHours, target: target), mode: v.mode)
        }
    }

    /// Area id → volunteer id, as stored.
    var volunteerOf: [AreaID: VolunteerID] {
        Dictionary(held.map { ($0.areaID, $0.volunteerID) }, uniquingKeysWith: { first, _ in first })
    }
}
