import Geometry
import Vocabulary

extension Assignment {
    /// Homes further than this from an area, or unknown, count as this far.
    static let farMeters = 1_000_000
    /// A volunteer's k-th area costs (k − 1) times this on top of its distance, so loads
    /// stay even unless an uneven split saves more than a kilometre per extra area.
    static let loadStepMeters = 1_000

    /// Gives the open areas (those not in `held`) to volunteers; nothing held moves, and it
    /// counts against capacity. Optimal, not greedy: per association a min-cost flow that
    /// assigns as many areas as it can, then as many bike and car rounds as it can (so a
    /// driver is not used up on walks while a car round stays open), then the least
    /// distance from home to an area's start with the even-load cost above. `refused` pairs
    /// are never made; on a tie an area goes to its `current` volunteer (for a rebalance).
    public static func assign(
        areas: [AreaSlot], people: [Person], held: [AreaID: VolunteerID], refused: Set<Refusal> = [], current: [AreaID: VolunteerID] = [:]
    ) -> Result {
        let present = Set(people.map(\.id))
        var volunteerOf = held.filter { present.contains($0.value) }
        var load: [VolunteerID: Int] = [:]
        for volunteer in volunteerOf.values { load[volunteer, default: 0] += 1 }
        let open = areas.filter { volunteerOf[$0.id] == nil }.sorted { $0.id < $1.id }
        let membersOf = Dictionary(grouping: people.sorted { $0.id < $1.id }, by: \.association)
        for (association, slots) in Dictionary(grouping: open, by: \.association).sorted(by: { $0.key < $1.key }) {
            let members = membersOf[association] ?? []
            volunteerOf.merge(match(slots, among: members, load: load, refused: refused, current: current)) { held, _ in held }
        }
        return Result(volunteerOf: volunteerOf, unassigned: open.map(\.id).filter { volunteerOf[$0] == nil })
    }

    /// One association's flow: source → each open area → each volunteer who may take it →
    /// sink, with one edge to the sink per further area a volunteer has room for.
    private static func match(
        _ slots: [AreaSlot], among people: [Person], load: [VolunteerID: Int], refused: Set<Refusal>, current: [AreaID: VolunteerID]
    ) -> [AreaID: VolunteerID] {
        // Costs are doubled so that taking one off for the current volunteer breaks ties only.
        var pairs: [(slot: Int, person: Int, cost: Int)] = []
        for (s, slot) in slots.enumerated() {
            for (p, person) in people.enumerated()
            where person.capacity > load[person.id, default: 0] && person.canDo(slot.mode)
                && !refused.contains(Refusal(area: slot.id, volunteer: person.id)) {
                pairs.append((s, p, 2 * meters(person, slot) - (current[slot.id] == person.id ? 1 : 0)))
            }
        }
        let candidates = Dictionary(grouping: pairs, by: \.person).mapValues(\.count)
        var steps: [(person: Int, cost: Int)] = []
        for (p, person) in people.enumerated() {
            let had = load[person.id, default: 0]
            let more = min(person.capacity - had, candidates[p] ?? 0)
            for k in stride(from: had, to: had + more, by: 1) { steps.append((p, 2 * k * loadStepMeters)) }
        }
        guard !pairs.isEmpty else { return [:] }
        // Rewards for carrying flow dwarf all distances, so more areas always win, then more
        // bike and car rounds, then shorter distances.
        let unit = (pairs.map(\.cost).max() ?? 0) + (steps.map(\.cost).max() ?? 0) + 2
        let roundReward = slots.count * unit + 1
        let areaReward = (slots.filter { $0.mode != .walk }.count + 1) * roundReward
        let source = 0, sink = 1, firstSlot = 2, firstPerson = 2 + slots.count
        var flow = MinCostFlow(nodeCount: firstPerson + people.count)
        for (s, slot) in slots.enumerated() {
            flow.addEdge(from: source, to: firstSlot + s, capacity: 1, cost: -(areaReward + (slot.mode == .walk ? 0 : roundReward)))
        }
        let pairEdges = pairs.map { flow.addEdge(from: firstSlot + $0.slot, to: firstPerson + $0.person, capacity: 1, cost: $0.cost) }
        for step in steps { flow.addEdge(from: firstPerson + step.person, to: sink, capacity: 1, cost: step.cost) }
        _ = flow.solve(from: source, to: sink)
        var matched: [AreaID: VolunteerID] = [:]
        for (pair, edge) in zip(pairs, pairEdges) where flow.flow(on: edge) > 0 { matched[slots[pair.slot].id] = people[pair.person].id }
        return matched
    }

    /// Whole metres from home to the area's start, at most `farMeters`.
    private static func meters(_ person: Person, _ slot: AreaSlot) -> Int {
        person.home.map { min(Int(greatCircleMeters($0, slot.start).rounded()), farMeters) } ?? farMeters
    }
}
