import Foundation
import Geometry
import Households
import Planner
import Routing
import Store
import Vocabulary

extension District {
    /// How a plan treats the stored areas.
    public struct PlanMode: Sendable, Equatable {
        /// Recut every area the plan may touch, not only what changed.
        public var fresh = false
        /// Cut new areas from the doors worked areas left open.
        public var mopUp = false
        /// Recut handed-out areas too (never locked ones).
        public var force = false
        /// In a mop-up, visit doors that refused again.
        public var includeRefused = false

        public init(fresh: Bool = false, mopUp: Bool = false, force: Bool = false, includeRefused: Bool = false) {
            self.fresh = fresh
            self.mopUp = mopUp
            self.force = force
            self.includeRefused = includeRefused
        }
    }

    /// Cuts the named association's households (or every association's) into areas with
    /// routes, keeping every promise made: locked and handed-out areas (assigned, printed or
    /// reported on) keep their ids, stops and numbers, and what changed inside them comes back
    /// as top-up lists. Unless `fresh`, other areas whose points are unchanged stay too, new
    /// points join an area beside them that is not handed out, and only what changed is cut
    /// again (AreaPlanner.replan). A target or cap given is remembered per association.
    ///
    /// With `mopUp`, only worked areas change: each keeps its delivered doors (and those that
    /// refused), and the rest of its doors, with any point in no area, are cut into new areas;
    /// doors skipped as locked get areas of their own, for someone with the door codes.
    ///
    /// The plan is cut from one snapshot and written only if nothing changed since: a lock,
    /// an assignment, a delivery or another plan committed meanwhile makes it cut again from
    /// the new state, once; a second change in a row refuses (exit 74).
    public func plan(
        association: String? = nil, targetMinutes: Minutes? = nil, maxPapers: Int? = nil, mode: PlanMode = PlanMode(), progress: PlanProgress? = nil
    ) throws -> AreasReport {
        try workingFromOneSnapshot {
            try planFromOneSnapshot(association: association, targetMinutes: targetMinutes, maxPapers: maxPapers, mode: mode, progress: progress ?? { _ in })
        }
    }

    /// What binds each stored area: a lock, a volunteer, paper, or a door reported in it.
    static func promises(of stored: [StoredArea], assigned: Set<AreaID>, standings: [PointKey: DeliveryState.Standing]) -> [AreaID: AreaPromise] {
        Dictionary(uniqueKeysWithValues: stored.map { area in
            (area.id, AreaPromise(
                locked: area.locked, assigned: assigned.contains(area.id), printed: area.printedVersion != nil,
                reported: !area.released && area.route.contains { DeliveryState.counts(standings[$0], forArea: area.id) }))
        })
    }

    private func planFromOneSnapshot(
        association: String?, targetMinutes: Minutes?, maxPapers: Int?, mode: PlanMode, progress: @escaping PlanProgress
    ) throws -> AreasReport {
        progress(.reading)
        let store = try existingStore()
        let ((points, ways, names, stored, records, assignments, remembered), stamp) = try store.stampedRead { tx in
            (try tx.points(), try tx.mapWays(), try tx.associationNames(), try tx.areas(), try tx.deliveries(), try tx.assignments(),
             try tx.associationRules())
        }
        let standings = DeliveryState.standings(records)
        let chosen = try chosenAssociations(association, among: names)
        let rulesOf = Dictionary(uniqueKeysWithValues: chosen.map { name in
            (name, rules(for: name, remembered: remembered, targetMinutes: targetMinutes, maxPapers: maxPapers))
        })
        let graph = StreetGraph.walkable(ways, profile: config.walking)
        guard graph.nodeCount > 0 else { throw DistrictError.noStreets(then: "import an OSM file first") }
        let index = SnapIndex(graph: graph)
        let barriers = ways.filter { config.walking.isBarrier($0.tags) }.map(\.coordinates)

        let assigned = Set(assignments.map(\.areaID))
        let promises = Self.promises(of: stored, assigned: assigned, standings: standings)
        let chosenSet = Set(chosen)
        // Kept as they are: areas of associations not planned now, and those a promise binds
        // (in a mop-up, every area nobody has worked in).
        let kept = stored.filter { area in
            guard chosenSet.contains(area.association), let promise = promises[area.id] else { return true }
            return mode.mopUp ? promise.locked || !promise.reported : promise.binds(force: mode.force)
        }
        let keptIDs = Set(kept.map(\.id))
        let keptPoints = Set(kept.flatMap(\.route))
        let planners = Dictionary(uniqueKeysWithValues: chosen.map { name in
            (name, AreaPlanner(rules: rulesOf[name] ?? config.planning, profile: config.walking))
        })
        // Associations are planned independently, one per core at a time, the largest
        // first so that a big one does not start last while the other core idles. Not
        // by concurrentPerform: within one, an association's own concurrent routing
        // would run on one thread only.
        let results = ConcurrentSlots<[PlannedArea]>(count: chosen.count)
        let membersOf = Dictionary(grouping: points.filter { !keptPoints.contains($0.point.key) }, by: \.association)
            .mapValues { $0.map { ($0.point, $0.count.households) } }
        let size = chosen.map { membersOf[$0]?.count ?? 0 }
        let order = chosen.indices.sorted { (-size[$0], $0) < (-size[$1], $1) }
        progress(.toCut(order.map { PlanStep.Association(name: chosen[$0], deliveryPoints: size[$0]) }))
        let startOf = Dictionary(config.associations.map { ($0.name, $0.startCoordinate) }, uniquingKeysWith: { first, _ in first })
        @Sendable func cutAssociation(_ i: Int) -> [PlannedArea] {
            let name = chosen[i]
            let members = membersOf[name] ?? []
            let start = startOf[name] ?? nil
            let planner = planners[name] ?? AreaPlanner(rules: config.planning, profile: config.walking)
            let previous = stored.filter { $0.association == name && !keptIDs.contains($0.id) }.map(\.plan)
            if mode.mopUp {
                func plan(_ part: [(DeliveryPoint, Int)]) -> [PlannedArea] {
                    part.isEmpty ? [] : planner.plan(association: name, points: part, graph: graph, index: index, barriers: barriers, start: start)
                }
                let reworked = Self.keepingDelivered(previous, households: members, standings: standings, keepRefused: !mode.includeRefused)
                let stay = Set(reworked.flatMap(\.route))
                let open = members.filter { !stay.contains($0.0.key) && (mode.includeRefused || standings[$0.0.key]?.reason != .refused) }
                let doorCodes = open.filter { standings[$0.0.key]?.reason == .locked }
                let rest = open.filter { standings[$0.0.key]?.reason != .locked }
                return reworked + plan(rest) + plan(doorCodes)
            }
            return mode.fresh || previous.isEmpty
                ? planner.plan(association: name, points: members, graph: graph, index: index, barriers: barriers, start: start)
                : planner.replan(
                    association: name, points: members, previous: previous, graph: graph, index: index, barriers: barriers, start: start)
        }
        @Sendable func planAssociation(_ i: Int) {
            progress(.planning(association: chosen[i], deliveryPoints: size[i]))
            let areas = cutAssociation(i)
            results.set(i, areas)
            progress(.planned(association: chosen[i], areas: areas.count))
        }
        let running = DispatchGroup()
        let cores = DispatchSemaphore(value: ProcessInfo.processInfo.activeProcessorCount)
        for i in order {
            cores.wait()
            DispatchQueue.global().async(group: running) {
                planAssociation(i)
                cores.signal()
            }
        }
        running.wait()
        let planned = results.values.flatMap { $0 ?? [] }
        progress(.writing)
        // Doors reported meanwhile (phones ticking through a long plan) leave the plan as
        // good as it was, unless one makes an area's promise bind that did not: then it is
        // cut again. A mop-up is cut from the reports themselves: any new one cuts again.
        let stillHolds: ((StoreTransaction) throws -> Bool)? = mode.mopUp ? nil : { tx in
            Self.promises(of: stored, assigned: assigned, standings: DeliveryState.standings(try tx.deliveries())) == promises
        }
        let changes = try store.write(unchangedSince: stamp, orIfOnlyDeliveriesAnd: stillHolds) { tx in
            for name in chosen where targetMinutes != nil || maxPapers != nil {
                try tx.rememberRules(association: name, targetMinutes: targetMinutes, maxPapers: maxPapers)
            }
            return try tx.writePlan(associations: chosen, areas: planned, keeping: keptIDs)
        }
        // The snapshot's points are the district's still: the write above refuses a plan
        // when anything but deliveries changed since.
        var report = try areas(association: association, points: points)
        report.changes = changes
        report.outcome = try planOutcome(
            changes: changes, before: stored, promises: promises, chosen: chosenSet, force: mode.force, assignments: assignments, standings: standings, store: store,
            points: points)
        var householdsOf: [String: Int] = [:]
        for p in points { if let name = p.association { householdsOf[name, default: 0] += p.count.households } }
        report.outcome?.withoutHouseholds = chosen.filter { (householdsOf[$0] ?? 0) == 0 }.sorted()
        return report
    }

    /// The rules an association is cut with: the configuration's, then what was last asked
    /// for it, then what is asked now.
    func rules(
        for association: String, remembered: [String: (targetMinutes: Minutes?, maxPapers: Int?)], targetMinutes: Minutes? = nil, maxPapers: Int? = nil
    ) -> PlanningRules {
        var rules = config.planning
        if let target = targetMinutes ?? remembered[association]?.targetMinutes { rules.targetMinutes = target }
        if let cap = maxPapers ?? remembered[association]?.maxPapers { rules.maxPapers = cap }
        return rules
    }

    /// Worked areas cut down to their delivered doors, and those that refused unless they are
    /// to be asked again (same id; a new sheet version); an area with none left goes.
    static func keepingDelivered(
        _ areas: [PlannedArea], households: [(DeliveryPoint, Int)], standings: [PointKey: DeliveryState.Standing], keepRefused: Bool
    ) -> [PlannedArea] {
        let householdsAt = Dictionary(households.map { ($0.0.key, $0.1) }, uniquingKeysWith: { a, _ in a })
        return areas.compactMap { area in
            var kept = area
            kept.route = area.route.filter { standings[$0]?.outcome == .delivered || (keepRefused && standings[$0]?.reason == .refused) }
            kept.households = kept.route.reduce(0) { $0 + (householdsAt[$1] ?? 0) }
            return kept.route.isEmpty ? nil : kept
        }
    }

    /// The association asked for (in any case), or all of them; a name the district lacks is an error.
    func chosenAssociations(_ association: String?, among names: [String]) throws -> [String] {
        try association.map { asked in
            let wanted = asked.trimmingCharacters(in: .whitespaces)
            guard let name = names.first(where: { $0 == wanted }) ?? names.first(where: { $0.caseInsensitiveCompare(wanted) == .orderedSame }) else {
                throw DistrictError.unknownAssociation(asked, known: names)
            }
            return [name]
        } ?? names
    }

    /// Protects an area from re-planning, or releases it.
    /// - Parameter edit: a staff user's change from the console, checked and audited with it.
    public func lockArea(_ id: AreaID, locked: Bool = true, by edit: StaffEdit? = nil) throws {
        try existingStore().write { tx in
            try edit?.check(area: id, tx)
            guard try tx.setLocked(area: id, locked) else { throw DistrictError.noArea(id) }
            try edit?.audit(locked ? .lock : .unlock, area: id, tx)
        }
    }

    /// Gives a handed-out area back to the planner: its volunteer and printed sheet no longer
    /// bind it and its reports (which stay) no longer keep it; the next plan may recut it.
    public func releaseArea(_ id: AreaID) throws {
        let released = try existingStore().write { tx in try tx.releaseArea(id) }
        guard released else { throw DistrictError.noArea(id) }
    }
}
