import Geometry
import Vocabulary

extension Assignment {
    /// Help for an association with areas nobody took: the nearest other associations whose
    /// volunteers have capacity left, and which of the open areas lie nearest to them.
    public struct Suggestion: Sendable, Equatable, Codable {
        public var association: String
        public var helper: String
        public var spareAreas: Int
        public var areas: [AreaID]
    }

    public static func suggestions(areas: [AreaSlot], people: [Person], result: Result, perAssociation: Int = 3) -> [Suggestion] {
        let open = areas.filter { result.unassigned.contains($0.id) }
        let room = Room(people: people, volunteerOf: result.volunteerOf)
        var suggestions: [Suggestion] = []
        for (association, short) in Dictionary(grouping: open, by: \.association).sorted(by: { $0.key < $1.key }) {
            for helper in room.nearestHelpers(to: short, of: association, limit: perAssociation) {
                let nearest = short.sorted { (room.meters(helper, $0), $0.id) < (room.meters(helper, $1), $1.id) }.prefix(room.spare[helper] ?? 0)
                suggestions.append(Suggestion(association: association, helper: helper, spareAreas: room.spare[helper] ?? 0, areas: nearest.map(\.id)))
            }
        }
        return suggestions
    }

    /// Capacity left per association and where its volunteers live: what decides which
    /// neighbours may help, for `assign`'s suggestions and for the console's list alike.
    struct Room {
        var load: [VolunteerID: Int] = [:]
        var spare: [String: Int] = [:]
        var homes: [String: [Coordinate]] = [:]

        init(people: [Person], volunteerOf: [AreaID: VolunteerID]) {
            for volunteer in volunteerOf.values { load[volunteer, default: 0] += 1 }
            for person in people {
                spare[person.association, default: 0] += max(0, person.capacity - (load[person.id] ?? 0))
                if let home = person.home { homes[person.association, default: []].append(home) }
            }
        }

        /// From the association's volunteers' nearest home to the area's start.
        func meters(_ helper: String, _ area: AreaSlot) -> Double {
            (homes[helper] ?? []).map { greatCircleMeters($0, area.start) }.min() ?? .infinity
        }

        /// Other associations with room, nearest to any of the areas first (by name on a tie).
        func nearestHelpers(to areas: [AreaSlot], of association: String, limit: Int) -> [String] {
            spare.filter { $0.key != association && $0.value > 0 }.keys
                .map { helper in (helper, areas.map { meters(helper, $0) }.min() ?? .infinity) }
                .sorted { ($0.1, $0.0) < ($1.1, $1.0) }.prefix(limit).map(\.0)
        }
    }
}
