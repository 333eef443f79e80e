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
        /// planned, assigned, partial (some stops reported) or delivered (all reported).
        public var status: String

        private enum CodingKeys: String, CodingKey {
            case id, association, deliveryPoints, households, papers, minutes, walkMeters, mode, locked, balance, streets, volunteer, status
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
}

extension District {
    /// Cuts the named association's households (or every association's) into areas
    /// with routes. Locked areas and their points stay. Unless `fresh`, areas whose
    /// points are unchanged stay too, new points join an area beside them, and only
    /// what changed is cut again (AreaPlanner.replan).
    ///
    /// With `mopUp`, areas keep only their delivered points and the rest — never reported or
    /// skipped — are cut into new areas; points skipped as locked get areas of their own, for
    /// someone with the door codes.
    public func plan(
        association: String? = nil, targetMinutes: Double? = nil, maxPapers: Int? = nil, fresh: Bool = false, mopUp: Bool = false
    ) throws -> AreasReport {
        var rules = config.planning
        if let targetMinutes { rules.targetMinutes = targetMinutes }
        if let maxPapers { rules.maxPapers = maxPapers }
        let store = try existingStore()
        let (points, ways, names, stored, records) = try store.read { tx in
            (try tx.points(), try tx.mapWays(), try tx.associationNames(), try tx.areas(), try tx.deliveries())
        }
        let standings = DeliveryState.standings(records)
        let chosen = try chosenAssociations(association, among: names)
        let graph = StreetGraph.build(ways: ways.map { WayInput(coordinates: $0.coordinates, tags: $0.tags) }, profile: config.walking)
        guard graph.nodeCount > 0 else { throw InputFileError(path: databasePath, message: "no walkable streets imported; import an OSM file first") }
        let index = SnapIndex(graph: graph)
        let barriers = ways.filter { config.walking.isBarrier($0.tags) }.map(\.coordinates)
        let lockedPoints = Set(stored.filter(\.locked).flatMap(\.route))
        let planner = AreaPlanner(rules: rules, profile: config.walking)
        // Associations are planned independently, one per core at a time, the largest
        // first so that a big one does not start last while the other core idles. Not
        // by concurrentPerform: within one, an association's own concurrent routing
        // would run on one thread only.
        let results = ConcurrentSlots<[PlannedArea]>(count: chosen.count)
        let membersOf = Dictionary(grouping: points.filter { !lockedPoints.contains($0.point.key) }, by: \.association)
            .mapValues { $0.map { ($0.point, $0.count.households) } }
        let size = chosen.map { membersOf[$0]?.count ?? 0 }
        let order = chosen.indices.sorted { (-size[$0], $0) < (-size[$1], $1) }
        let startOf = Dictionary(config.associations.map { ($0.name, $0.startCoordinate) }, uniquingKeysWith: { first, _ in first })
        @Sendable func planAssociation(_ i: Int) {
            let name = chosen[i]
            let members = membersOf[name] ?? []
            let start = startOf[name] ?? nil
            let previous = stored.filter { $0.association == name && !$0.locked }.map(\.plan)
            if mopUp {
                func plan(_ part: [(DeliveryPoint, Int)]) -> [PlannedArea] {
                    part.isEmpty ? [] : planner.plan(association: name, points: part, graph: graph, index: index, barriers: barriers, start: start)
                }
                let open = members.filter { standings[$0.0.key]?.outcome != .delivered }
                let doorCodes = open.filter { standings[$0.0.key]?.reason == .locked }
                let rest = open.filter { standings[$0.0.key]?.reason != .locked }
                results.set(i, Self.keepingDelivered(previous, households: members, standings: standings) + plan(rest) + plan(doorCodes))
                return
            }
            results.set(i, fresh || previous.isEmpty
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
        let planned = Dictionary(uniqueKeysWithValues: zip(chosen, results.values.map { $0 ?? [] }))
        let changes = try store.write { tx in
            try chosen.reduce(AreaChanges()) { $0 + (try tx.replaceAreas(association: $1, with: planned[$1] ?? [])) }
        }
        var report = try areas(association: association, rules: rules)
        report.changes = changes
        return report
    }

    public func areas(association: String? = nil) throws -> AreasReport {
        try areas(association: association, rules: config.planning)
    }

    private func areas(association: String?, rules: PlanningRules) throws -> AreasReport {
        guard FileManager.default.fileExists(atPath: databasePath) else {
            return AreasReport(
                areas: [], summary: .init(areas: 0, households: 0, unassignedHouseholds: 0, withinTolerance: 0, paperCapped: 0, remnants: 0, deadheadRatio: 0))
        }
        let (stored, points, assignments, records) = try existingStore().read { tx in
            (try tx.areas(association: association), try tx.points(), try tx.assignments(), try tx.deliveries())
        }
        let standings = DeliveryState.standings(records)
        let volunteerOf = Dictionary(uniqueKeysWithValues: assignments.map { ($0.areaID, $0.volunteerID) })
        let inArea = Set(stored.flatMap(\.route))
        let addressOf = Dictionary(uniqueKeysWithValues: points.map { ($0.point.key, $0.point.address) })
        let listed = points.filter { p in p.association != nil && (association == nil || p.association == association) }
        let unassigned = listed.filter { !inArea.contains($0.point.key) }.reduce(0) { $0 + $1.count.households }
        let walks = stored.filter { $0.mode == .walk }
        let walked = walks.reduce(0.0) { $0 + $1.walkMeters }
        let summary = AreasReport.Summary(
            areas: stored.count, households: stored.reduce(0) { $0 + $1.households }, unassignedHouseholds: unassigned,
            withinTolerance: stored.filter { abs($0.minutes - rules.targetMinutes) <= rules.tolerance * rules.targetMinutes }.count,
            paperCapped: stored.filter { $0.plan.balance == .paperCap }.count, remnants: stored.filter { $0.plan.balance == .remnant }.count,
            deadheadRatio: walked > 0 ? (walks.reduce(0.0) { $0 + $1.deadheadMeters } / walked * 1000).rounded() / 1000 : 0)
        return AreasReport(
            areas: stored.map {
                .init(
                    id: $0.id, association: $0.association, deliveryPoints: $0.route.count, households: $0.households, papers: $0.households,
                    minutes: ($0.minutes * 10).rounded() / 10, walkMeters: $0.walkMeters.rounded(), mode: $0.mode.rawValue, locked: $0.locked,
                    balance: $0.plan.balance.rawValue,
                    streets: StreetRanges.summary($0.route.compactMap { addressOf[$0] }), volunteer: volunteerOf[$0.id],
                    status: Coverage.status(route: $0.route, assigned: volunteerOf[$0.id] != nil, standings: standings))
            }, summary: summary)
    }

    /// Areas cut down to their delivered points (same id); an area with none left goes.
    static func keepingDelivered(
        _ areas: [PlannedArea], households: [(DeliveryPoint, Int)], standings: [String: DeliveryState.Standing]
    ) -> [PlannedArea] {
        let householdsAt = Dictionary(households.map { ($0.0.key, $0.1) }, uniquingKeysWith: { a, _ in a })
        return areas.compactMap { area in
            var kept = area
            kept.route = area.route.filter { standings[$0]?.outcome == .delivered }
            kept.households = kept.route.reduce(0) { $0 + (householdsAt[$1] ?? 0) }
            return kept.route.isEmpty ? nil : kept
        }
    }

    /// The association asked for, or all of them; a name the district lacks is an error.
    func chosenAssociations(_ association: String?, among names: [String]) throws -> [String] {
        try association.map { name in
            guard names.contains(name) else {
                throw InputFileError(path: databasePath, message: "unknown association '\(name)' (known: \(names.joined(separator: ", ")))")
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
}
