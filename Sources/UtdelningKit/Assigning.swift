import Foundation
import Households
import Planner
import Store
import Vocabulary

/// What `assign` did: per association, who got which areas in this run.
public struct AssignReport: Sendable, Codable, Equatable {
    public struct Volunteer: Sendable, Codable, Equatable {
        public var id: VolunteerID
        public var name: String
        /// The areas given to them in this run.
        public var areas: [AreaID]
        /// All they hold now, and what they take on.
        public var holds: Int
        public var capacity: Int
    }

    public struct Association: Sendable, Codable, Equatable {
        public var name: String
        public var volunteers: [Volunteer]
        public var unassigned: [AreaID]
    }

    /// An area a rebalance took from one volunteer, for another (nil: left open).
    public struct Move: Sendable, Codable, Equatable {
        public var area: AreaID
        public var association: String
        public var from: VolunteerID
        public var fromName: String
        public var to: VolunteerID?
        public var toName: String?

        private enum CodingKeys: String, CodingKey { case area, association, from, fromName, to, toName }

        // Null for nobody, not a missing key.
        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(area, forKey: .area)
            try c.encode(association, forKey: .association)
            try c.encode(from, forKey: .from)
            try c.encode(fromName, forKey: .fromName)
            try c.encode(to, forKey: .to)
            try c.encode(toName, forKey: .toName)
        }
    }

    /// Areas given in this run.
    public var assigned: Int
    public var unassigned: [AreaID]
    public var associations: [Association]
    /// Only a rebalance moves areas.
    public var moves: [Move]
    public var suggestions: [Assignment.Suggestion]
}

extension District {
    /// Gives the open areas of every association (or one) to its volunteers; what anyone
    /// holds stays theirs. With `rebalance`, the automatic assignments of those associations
    /// are worked out again from scratch (manual ones stand) and every move is listed.
    /// Worked out from one snapshot and written only if it is unchanged (else once more).
    public func assign(association: String? = nil, rebalance: Bool = false) throws -> AssignReport {
        try workingFromOneSnapshot { try assignFromOneSnapshot(association: association, rebalance: rebalance) }
    }

    private func assignFromOneSnapshot(association: String?, rebalance: Bool) throws -> AssignReport {
        let store = try existingStore()
        let (state, stamp) = try store.stampedRead { tx in try AssignmentState(tx, fallbackTarget: config.planning.targetMinutes) }
        let chosen = Set(try chosenAssociations(association, among: state.associations))
        let mine = state.slots.filter { chosen.contains($0.association) }
        let mineIDs = Set(mine.map(\.id))
        let before = state.volunteerOf
        let movable = rebalance ? Set(state.held.filter { !$0.manual && mineIDs.contains($0.areaID) }.map(\.areaID)) : []
        let result = Assignment.assign(
            areas: mine, people: state.people, held: before.filter { !movable.contains($0.key) }, refused: state.refused,
            current: rebalance ? before : [:])
        let changed = Assignment.moves(areas: Array(mineIDs), before: before, after: result.volunteerOf)
        try store.write(unchangedSince: stamp) { tx in try tx.replaceAutomaticAssignments(areas: changed.map(\.area), with: result.volunteerOf) }
        return Self.report(state: state, chosen: chosen, result: result, changed: changed)
    }

    /// Per association, each volunteer with the areas given to them in this run, the areas
    /// still open and who could help; and every area taken from someone.
    private static func report(state: AssignmentState, chosen: Set<String>, result: Assignment.Result, changed: [Assignment.Move]) -> AssignReport {
        let nameOf = Dictionary(state.volunteers.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let capacityOf = Dictionary(state.people.map { ($0.id, $0.capacity) }, uniquingKeysWith: { first, _ in first })
        let associationOf = Dictionary(state.slots.map { ($0.id, $0.association) }, uniquingKeysWith: { first, _ in first })
        let holds = Dictionary(grouping: result.volunteerOf.values, by: { $0 }).mapValues(\.count)
        let given = changed.compactMap { move in move.to.map { (area: move.area, volunteer: $0) } }
        let givenIn = Dictionary(grouping: given, by: { associationOf[$0.area] ?? "" })
        let associations = chosen.sorted().compactMap { name -> AssignReport.Association? in
            let areasOf = Dictionary(grouping: givenIn[name] ?? [], by: \.volunteer).mapValues { $0.map(\.area).sorted() }
            let volunteers = state.volunteers.compactMap { v in
                areasOf[v.id].map { AssignReport.Volunteer(id: v.id, name: v.name, areas: $0, holds: holds[v.id] ?? 0, capacity: capacityOf[v.id] ?? 0) }
            }
            let open = result.unassigned.filter { associationOf[$0] == name }
            return volunteers.isEmpty && open.isEmpty ? nil : .init(name: name, volunteers: volunteers, unassigned: open)
        }
        let moves = changed.compactMap { move in
            move.from.map {
                AssignReport.Move(
                    area: move.area, association: associationOf[move.area] ?? "", from: $0, fromName: nameOf[$0] ?? "",
                    to: move.to, toName: move.to.flatMap { nameOf[$0] })
            }
        }
        return AssignReport(
            assigned: given.count, unassigned: result.unassigned, associations: associations, moves: moves,
            suggestions: Assignment.suggestions(areas: state.slots, people: state.people, result: result).filter { chosen.contains($0.association) })
    }
}
