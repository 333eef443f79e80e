import Foundation
import Geometry
import Households
import Planner
import Store

/// What `assign` did.
public struct AssignReport: Sendable, Codable, Equatable {
    public struct Line: Sendable, Codable, Equatable {
        public var area: Int64
        public var association: String
        public var volunteer: Int64?
        public var volunteerName: String?
        public var manual: Bool
    }

    public var assigned: Int
    public var unassigned: [Int64]
    public var suggestions: [Assignment.Suggestion]
    public var areas: [Line]
}

extension District {
    /// Assigns the areas of every association (or one) to its volunteers; manual assignments stand.
    public func assign(association: String? = nil) throws -> AssignReport {
        let store = try existingStore()
        let (areas, points, people, stored, names) = try store.read { tx in
            (try tx.areas(), try tx.points(), try tx.volunteers(), try tx.assignments(), try tx.associationNames())
        }
        let chosen = Set(try chosenAssociations(association, among: names))
        let position = Dictionary(uniqueKeysWithValues: points.map { ($0.point.key, $0.point.coordinate) })
        let slots = areas.compactMap { area in
            area.route.first.flatMap { position[$0] }.map { Assignment.AreaSlot(id: area.id, association: area.association, mode: area.mode, start: $0) }
        }
        let persons = people.map {
            Assignment.Person(
                id: $0.id, association: $0.association, home: $0.home,
                capacity: Assignment.capacity(areas: $0.capacityAreas, hours: $0.capacityHours, targetMinutes: config.planning.targetMinutes), mode: $0.mode)
        }
        let manual = Dictionary(uniqueKeysWithValues: stored.filter(\.manual).map { ($0.areaID, $0.volunteerID) })
        // Areas of associations not asked for keep their volunteers and use up capacity.
        let associationOf = Dictionary(uniqueKeysWithValues: areas.map { ($0.id, $0.association) })
        let kept = Dictionary(uniqueKeysWithValues: stored.filter { !chosen.contains(associationOf[$0.areaID] ?? "") }.map { ($0.areaID, $0.volunteerID) })
        let result = Assignment.assign(areas: slots, people: persons, manual: manual.merging(kept) { a, _ in a })
        let mine = slots.filter { chosen.contains($0.association) }
        try store.write { tx in try tx.replaceAutomaticAssignments(areas: mine.map(\.id), with: result.volunteerOf) }
        let nameOf = Dictionary(uniqueKeysWithValues: people.map { ($0.id, $0.name) })
        let unassigned = result.unassigned.filter { id in mine.contains { $0.id == id } }
        return AssignReport(
            assigned: mine.filter { result.volunteerOf[$0.id] != nil }.count, unassigned: unassigned,
            suggestions: Assignment.suggestions(areas: slots, people: persons, result: result).filter { chosen.contains($0.association) },
            areas: mine.map { slot in
                let volunteer = result.volunteerOf[slot.id]
                return .init(area: slot.id, association: slot.association, volunteer: volunteer, volunteerName: volunteer.flatMap { nameOf[$0] }, manual: manual[slot.id] != nil)
            })
    }

    /// `assign AREA --to VOLUNTEER` (nil: `unassign AREA`). A manual choice is kept by every
    /// later `assign`; it may cross associations, which is how a neighbour helps out.
    public func assignManually(area: Int64, to volunteer: Int64?) throws {
        let store = try existingStore()
        let (areas, people) = try store.read { tx in (try tx.areas(), try tx.volunteers()) }
        guard areas.contains(where: { $0.id == area }) else { throw InputFileError(path: databasePath, message: "no area \(area)") }
        if let volunteer, !people.contains(where: { $0.id == volunteer }) {
            throw InputFileError(path: databasePath, message: "no volunteer \(volunteer)")
        }
        try store.write { tx in try tx.setManualAssignment(area: area, volunteer: volunteer) }
    }
}
