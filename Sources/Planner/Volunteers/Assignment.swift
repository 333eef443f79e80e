import Geometry
import Households

/// Who walks which area: areas go to the volunteers of their own association, near their
/// homes, within each one's capacity, with the load spread evenly, and bike and car areas
/// only to volunteers who cycle or drive. Manual assignments stand and use up capacity.
public enum Assignment {
    public struct AreaSlot: Sendable, Equatable {
        public var id: Int64
        public var association: String
        public var mode: PlannedArea.Mode
        /// Where the area begins (its first stop).
        public var start: Coordinate

        public init(id: Int64, association: String, mode: PlannedArea.Mode, start: Coordinate) {
            self.id = id
            self.association = association
            self.mode = mode
            self.start = start
        }
    }

    public struct Person: Sendable, Equatable {
        public var id: Int64
        public var association: String
        public var home: Coordinate?
        /// Areas they take on.
        public var capacity: Int
        public var mode: Volunteer.Mode

        public init(id: Int64, association: String, home: Coordinate?, capacity: Int, mode: Volunteer.Mode) {
            self.id = id
            self.association = association
            self.home = home
            self.capacity = capacity
            self.mode = mode
        }

        public func canDo(_ mode: PlannedArea.Mode) -> Bool {
            switch mode {
            case .walk: true
            case .bike: self.mode == .bike
            case .car: self.mode == .car
            }
        }
    }

    /// Capacity in areas: given as areas, else hours over the target time (at least one), else one.
    public static func capacity(areas: Int?, hours: Double?, targetMinutes: Double) -> Int {
        if let areas { return areas }
        if let hours { return max(1, Int((hours * 60 / targetMinutes).rounded(.down))) }
        return 1
    }

    public struct Result: Sendable, Equatable {
        /// Area id → volunteer id, manual ones included.
        public var volunteerOf: [Int64: Int64]
        public var unassigned: [Int64]
    }

    /// Rounds: in round r nobody holds more than r areas, so loads stay even; within a round
    /// the closest pairs of home and area start go first (ties by ids, so the result is stable).
    public static func assign(areas: [AreaSlot], people: [Person], manual: [Int64: Int64]) -> Result {
        var volunteerOf = manual.filter { entry in people.contains { $0.id == entry.value } && areas.contains { $0.id == entry.key } }
        var load: [Int64: Int] = [:]
        for volunteer in volunteerOf.values { load[volunteer, default: 0] += 1 }
        var open = areas.filter { volunteerOf[$0.id] == nil }
        let maxCapacity = people.map(\.capacity).max() ?? 0
        let personByID = Dictionary(people.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var round = 1
        while !open.isEmpty && round <= maxCapacity {
            var pairs: [(meters: Double, area: Int64, person: Int64)] = []
            for person in people where (load[person.id] ?? 0) < min(round, person.capacity) {
                for area in open where area.association == person.association && person.canDo(area.mode) {
                    // Without a known home a volunteer still gets areas, after everyone near.
                    let meters = person.home.map { greatCircleMeters($0, area.start) } ?? 1e9
                    pairs.append((meters, area.id, person.id))
                }
            }
            pairs.sort { ($0.meters, $0.area, $0.person) < ($1.meters, $1.area, $1.person) }
            var taken = Set<Int64>()
            for pair in pairs where !taken.contains(pair.area) {
                guard let person = personByID[pair.person], (load[person.id] ?? 0) < min(round, person.capacity) else { continue }
                volunteerOf[pair.area] = pair.person
                load[pair.person, default: 0] += 1
                taken.insert(pair.area)
            }
            open.removeAll { taken.contains($0.id) }
            // A round ends when nobody within it can take another area.
            if taken.isEmpty { round += 1 }
        }
        return Result(volunteerOf: volunteerOf, unassigned: open.map(\.id).sorted())
    }
}

extension Assignment {
    /// Help for an association with areas nobody took: the nearest other associations whose
    /// volunteers have capacity left, and which of the open areas lie nearest to them.
    public struct Suggestion: Sendable, Equatable, Codable {
        public var association: String
        public var helper: String
        public var spareAreas: Int
        public var areas: [Int64]
    }

    public static func suggestions(areas: [AreaSlot], people: [Person], result: Result, perAssociation: Int = 3) -> [Suggestion] {
        let open = areas.filter { result.unassigned.contains($0.id) }
        var load: [Int64: Int] = [:]
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
