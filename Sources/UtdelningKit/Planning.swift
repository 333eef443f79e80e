import Foundation
import Geometry
import Households
import Planner
import Routing
import Store

/// The `areas` listing: one entry per area and a summary for the district.
public struct AreasReport: Sendable, Codable, Equatable {
    public struct Area: Sendable, Codable, Equatable {
        public var id: Int64
        public var association: String
        public var deliveryPoints: Int
        public var households: Int
        public var papers: Int
        public var minutes: Double
        public var walkMeters: Double
        public var mode: String
        public var locked: Bool
        /// within, paperCap, remnant or outside (see the summary).
        public var balance: String
        /// Streets in walking order with their number ranges, for the sheet.
        public var streets: [String]
        /// The assigned volunteer's id, or nil (JSON null).
        public var volunteer: Int64?
        /// planned, assigned, in-progress, done-with-skips or delivered (every household reached).
        public var status: String
        /// The sheet version of its current stops; sheets print it, reports name it.
        public var version: Int
        /// The version last printed, or nil (JSON null).
        public var printedVersion: Int?

        private enum CodingKeys: String, CodingKey {
            case id, association, deliveryPoints, households, papers, minutes, walkMeters, mode, locked, balance, streets, volunteer, status
            case version, printedVersion
        }

        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(association, forKey: .association)
            try c.encode(deliveryPoints, forKey: .deliveryPoints)
            try c.encode(households, forKey: .households)
            try c.encode(papers, forKey: .papers)
            try c.encode(minutes, forKey: .minutes)
            try c.encode(walkMeters, forKey: .walkMeters)
            try c.encode(mode, forKey: .mode)
            try c.encode(locked, forKey: .locked)
            try c.encode(balance, forKey: .balance)
            try c.encode(streets, forKey: .streets)
            try c.encode(volunteer, forKey: .volunteer)
            try c.encode(status, forKey: .status)
            try c.encode(version, forKey: .version)
            try c.encode(printedVersion, forKey: .printedVersion)
        }
    }

    public struct Summary: Sendable, Codable, Equatable {
        public var areas: Int
        public var households: Int
        /// Households at points of the listed associations that are in no area.
        public var unassignedHouseholds: Int
        /// Areas whose minutes are within the tolerance of the target.
        public var withinTolerance: Int
        /// Areas short of the target because no neighbouring street fits under the paper cap.
        public var paperCapped: Int
        /// Areas that are a whole connected piece of streets, or a last rural round: nothing to join them with.
        public var remnants: Int
        /// Walking areas: metres along streets where the area has no door ÷ metres walked.
        public var deadheadRatio: Double
    }

    public var areas: [Area]
    public var summary: Summary
    /// What the plan that produced this listing changed; absent from a plain listing.
    public var changes: AreaChanges?
    /// What the plan kept for the campaign's sake, and what it removed; absent from a plain listing.
    public var outcome: PlanOutcome?
}

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
    public func plan(association: String? = nil, targetMinutes: Double? = nil, maxPapers: Int? = nil, mode: PlanMode = PlanMode()) throws -> AreasReport {
        let store = try existingStore()
        let (points, ways, names, stored, records, assignments, remembered) = try store.read { tx in
            (try tx.points(), try tx.mapWays(), try tx.associationNames(), try tx.areas(), try tx.deliveries(), try tx.assignments(),
             try tx.associationRules())
        }
        let standings = DeliveryState.standings(records)
        let chosen = try chosenAssociations(association, among: names)
        let rulesOf = Dictionary(uniqueKeysWithValues: chosen.map { name in
            (name, rules(for: name, remembered: remembered, targetMinutes: targetMinutes, maxPapers: maxPapers))
        })
        let graph = StreetGraph.build(ways: ways.map { WayInput(coordinates: $0.coordinates, tags: $0.tags) }, profile: config.walking)
        guard graph.nodeCount > 0 else { throw InputFileError(path: databasePath, message: "no walkable streets imported; import an OSM file first") }
        let index = SnapIndex(graph: graph)
        let barriers = ways.filter { config.walking.isBarrier($0.tags) }.map(\.coordinates)

        let assigned = Set(assignments.map(\.areaID))
        let promises = Dictionary(uniqueKeysWithValues: stored.map { area in
            (area.id, AreaPromise(
                locked: area.locked, assigned: assigned.contains(area.id), printed: area.printedVersion != nil,
                reported: !area.released && area.route.contains { DeliveryState.counts(standings[$0], forArea: area.id) }))
        })
        let chosenSet = Set(chosen)
        // Kept as they are: areas of associations not planned now, and those a promise binds
        // (in a mop-up, every area nobody has worked in).
        let worked = Set(stored.filter { chosenSet.contains($0.association) && !$0.locked && (promises[$0.id]?.reported ?? false) }.map(\.id))
        let kept = stored.filter { area in
            guard chosenSet.contains(area.association) else { return true }
            if mode.mopUp { return !worked.contains(area.id) }
            return promises[area.id]?.binds(force: mode.force) ?? false
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
        let startOf = Dictionary(config.associations.map { ($0.name, $0.startCoordinate) }, uniquingKeysWith: { first, _ in first })
        @Sendable func planAssociation(_ i: Int) {
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
                results.set(i, reworked + plan(rest) + plan(doorCodes))
                return
            }
            results.set(i, mode.fresh || previous.isEmpty
                ? planner.plan(association: name, points: members, graph: graph, index: index, barriers: barriers, start: start)
                : planner.replan(
                    association: name, points: members, previous: previous, graph: graph, index: index, barriers: barriers, start: start))
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
        let changes = try store.write { tx in
            for name in chosen where targetMinutes != nil || maxPapers != nil {
                try tx.rememberRules(association: name, targetMinutes: targetMinutes, maxPapers: maxPapers)
            }
            return try tx.writePlan(associations: chosen, areas: planned, keeping: keptIDs)
        }
        var report = try areas(association: association)
        report.changes = changes
        report.outcome = try planOutcome(
            changes: changes, before: stored, promises: promises, chosen: chosenSet, force: mode.force, assignments: assignments, store: store)
        return report
    }

    /// The rules an association is cut with: the configuration's, then what was last asked
    /// for it, then what is asked now.
    func rules(
        for association: String, remembered: [String: (targetMinutes: Double?, maxPapers: Int?)], targetMinutes: Double? = nil, maxPapers: Int? = nil
    ) -> PlanningRules {
        var rules = config.planning
        if let target = targetMinutes ?? remembered[association]?.targetMinutes { rules.targetMinutes = target }
        if let cap = maxPapers ?? remembered[association]?.maxPapers { rules.maxPapers = cap }
        return rules
    }

    /// The stored areas with their figures; each is judged against the target it was cut for.
    public func areas(association: String? = nil) throws -> AreasReport {
        let rules = config.planning
        guard FileManager.default.fileExists(atPath: databasePath) else {
            return AreasReport(
                areas: [], summary: .init(areas: 0, households: 0, unassignedHouseholds: 0, withinTolerance: 0, paperCapped: 0, remnants: 0, deadheadRatio: 0))
        }
        let (stored, points, assignments, records) = try existingStore().read { tx in
            (try tx.areas(association: association), try tx.points(), try tx.assignments(), try tx.deliveries())
        }
        let standings = DeliveryState.standings(records)
        let householdsNow = Dictionary(points.map { ($0.point.key, $0.count.households) }, uniquingKeysWith: { a, _ in a })
        let volunteerOf = Dictionary(uniqueKeysWithValues: assignments.map { ($0.areaID, $0.volunteerID) })
        let inArea = Set(stored.flatMap(\.route))
        let addressOf = Dictionary(uniqueKeysWithValues: points.map { ($0.point.key, $0.point.address) })
        let listed = points.filter { p in p.association != nil && (association == nil || p.association == association) }
        let unassigned = listed.filter { !inArea.contains($0.point.key) }.reduce(0) { $0 + $1.count.households }
        let walks = stored.filter { $0.mode == .walk }
        let walked = walks.reduce(0.0) { $0 + $1.walkMeters }
        let summary = AreasReport.Summary(
            areas: stored.count, households: stored.reduce(0) { $0 + $1.households }, unassignedHouseholds: unassigned,
            withinTolerance: stored.filter { area in
                let target = area.plan.targetMinutes > 0 ? area.plan.targetMinutes : rules.targetMinutes
                return abs(area.minutes - target) <= rules.tolerance * target
            }.count,
            paperCapped: stored.filter { $0.plan.balance == .paperCap }.count, remnants: stored.filter { $0.plan.balance == .remnant }.count,
            deadheadRatio: walked > 0 ? (walks.reduce(0.0) { $0 + $1.deadheadMeters } / walked * 1000).rounded() / 1000 : 0)
        return AreasReport(
            areas: stored.map {
                .init(
                    id: $0.id, association: $0.association, deliveryPoints: $0.route.count, households: $0.households, papers: $0.households,
                    minutes: ($0.minutes * 10).rounded() / 10, walkMeters: $0.walkMeters.rounded(), mode: $0.mode.rawValue, locked: $0.locked,
                    balance: $0.plan.balance.rawValue,
                    streets: StreetRanges.summary($0.route.compactMap { addressOf[$0] }), volunteer: volunteerOf[$0.id],
                    status: AreaStatus(area: $0.id, route: $0.route, assigned: volunteerOf[$0.id] != nil, standings: standings, householdsNow: householdsNow).rawValue,
                    version: $0.version, printedVersion: $0.printedVersion)
            }, summary: summary)
    }

    /// Worked areas cut down to their delivered doors, and those that refused unless they are
    /// to be asked again (same id; a new sheet version); an area with none left goes.
    static func keepingDelivered(
        _ areas: [PlannedArea], households: [(DeliveryPoint, Int)], standings: [String: DeliveryState.Standing], keepRefused: Bool
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
                throw InputFileError(path: databasePath, message: "unknown association '\(asked)' (known: \(names.joined(separator: ", ")))")
            }
            return [name]
        } ?? names
    }

    /// Protects an area from re-planning, or releases it.
    public func lockArea(_ id: Int64, locked: Bool = true) throws {
        guard try existingStore().write({ tx in try tx.setLocked(area: id, locked) }) else {
            throw InputFileError(path: databasePath, message: "no area \(id)")
        }
    }

    /// Gives a handed-out area back to the planner: its volunteer and printed sheet no longer
    /// bind it and its reports (which stay) no longer keep it; the next plan may recut it.
    public func releaseArea(_ id: Int64) throws {
        guard try existingStore().write({ tx in try tx.releaseArea(id) }) else {
            throw InputFileError(path: databasePath, message: "no area \(id)")
        }
    }
}
