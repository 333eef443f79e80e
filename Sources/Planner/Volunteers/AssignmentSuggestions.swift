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
        var load: [VolunteerID: Int] = [:]
        for volunteer in result.volunteerOf.values { load[volunteer, default: 0] += 1 }
        var spare: [String: Int] = [:]
        var homes: [String: [Coordinate]] = [:]
        for person in people {
            spare[person.association, default: 0] += max(0, person.capacity - (load[person.id] ?? 0))
            if let home = person.home { homes[person.association, default: []].append(home) }
        }
        var suggestions: [Suggestion] = []
        for (association, short) in Dictionary(grouping: open, by: \.association).sorted(by: { $0.key < $1.key }) {
            func meters(_ helper: String, _ area: AreaSlot) -> Double {
                (homes[helper] ?? []).map { greatCircleMeters($0, area.start) }.min() ?? .infinity
            }
            let helpers = spare.filter { $0.key != association && $0.value > 0 }.keys
                .map { helper in (helper, short.map { meters(helper, $0) }.min() ?? .infinity) }
                .sorted { ($0.1, $0.0) < ($1.1, $1.0) }.prefix(perAssociation)
            for (helper, _) in helpers {
                let nearest = short.sorted { (meters(helper, $0), $0.id) < (meters(helper, $1), $1.id) }.prefix(spare[helper] ?? 0)
                suggestions.append(Suggestion(association: association, helper: helper, spareAreas: spare[helper] ?? 0, areas: nearest.map(\.id)))
            }
        }
        return suggestions
    }
}
