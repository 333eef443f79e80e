import Foundation
import Households
import Planner
import Store
import Vocabulary

/// The `areas` listing: one entry per area and a summary for the district.
public struct AreasReport: Sendable, Codable, Equatable {
    public struct Area: Sendable, Codable, Equatable {
        public var id: AreaID
        public var association: String
        public var deliveryPoints: Int
        public var households: Int
        public var papers: Int
        public var minutes: Double
        public var routeMeters: Double
        public var mode: String
        public var locked: Bool
        /// within, paperCap, remnant or outside (see the summary).
        public var balance: String
        /// Streets in walking order with their number ranges, for the sheet.
        public var streets: [String]
        /// The assigned volunteer's id, or nil (JSON null).
        public var volunteer: VolunteerID?
        /// planned, assigned, in-progress, done-with-skips or delivered (every household reached).
        public var status: String
        /// The sheet version of its current stops; sheets print it, reports name it.
        public var version: Int
        /// The version last printed, or nil (JSON null).
        public var printedVersion: Int?

        private enum CodingKeys: String, CodingKey {
            case id, association, deliveryPoints, households, papers, minutes, routeMeters, mode, locked, balance, streets, volunteer, status
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
            try c.encode(routeMeters, forKey: .routeMeters)
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
        /// Areas under a quarter of the target's time and a quarter of the paper cap together.
        public var tiny: Int
        /// Of those, the ones that are the only area of a piece of streets of its own (a remnant).
        public var tinyAlone: Int
    }

    public var areas: [Area]
    public var summary: Summary
    /// What the plan that produced this listing changed; absent from a plain listing.
    public var changes: AreaChanges?
    /// What the plan kept for the campaign's sake, and what it removed; absent from a plain listing.
    public var outcome: PlanOutcome?
}

extension District {
    /// The stored areas with their figures; each is judged against the target it was cut for.
    public func areas(association: String? = nil) throws -> AreasReport {
        try areas(association: association, points: nil)
    }

    /// - Parameter known: the district's points where the caller holds them already (a
    ///   plan's snapshot, which its write proved unchanged); read here if nil. A region's
    ///   points took seconds to read again after its plan.
    func areas(association: String?, points known: [StoreTransaction.StoredPoint]?) throws -> AreasReport {
        let rules = config.planning
        let store = try existingStore()
        let association = try association.flatMap { try chosenAssociations($0, among: try store.read { tx in try tx.associationNames() }).first }
        let (stored, points, assignments, records) = try store.read { tx in
            (try tx.areas(association: association), try known ?? tx.points(), try tx.assignments(), try tx.deliveries())
        }
        let standings = DeliveryState.standings(records)
        let householdsNow = Dictionary(points.map { ($0.point.key, $0.count.households) }, uniquingKeysWith: { a, _ in a })
        let volunteerOf = Dictionary(uniqueKeysWithValues: assignments.map { ($0.areaID, $0.volunteerID) })
        let inArea = Set(stored.flatMap(\.route))
        let addressOf = Dictionary(uniqueKeysWithValues: points.map { ($0.point.key, $0.point.address) })
        let listed = points.filter { p in p.association != nil && (association == nil || p.association == association) }
        let unassigned = listed.filter { !inArea.contains($0.point.key) }.reduce(0) { $0 + $1.count.households }
        let walks = stored.filter { $0.mode == .walk }
        let tiny = stored.filter { area in
            let cutFor = area.plan.targetTime > .zero ? area.plan.targetTime : rules.targetMinutes
            return AreaTarget(cutFor, tolerance: rules.tolerance, maxPapers: area.plan.maxPapers).isTiny(area.time, papers: area.households)
        }
        let walked = walks.total(\.length)
        let summary = AreasReport.Summary(
            areas: stored.count, households: stored.reduce(0) { $0 + $1.households }, unassignedHouseholds: unassigned,
            withinTolerance: stored.filter { area in
                let cutFor = area.plan.targetTime > .zero ? area.plan.targetTime : rules.targetMinutes
                return AreaTarget(cutFor, tolerance: rules.tolerance, maxPapers: area.plan.maxPapers).isWithin(area.time)
            }.count,
            paperCapped: stored.filter { $0.plan.balance == .paperCap }.count, remnants: stored.filter { $0.plan.balance == .remnant }.count,
            deadheadRatio: walked > .zero ? (walks.total(\.deadhead) / walked * 1000).rounded() / 1000 : 0,
            tiny: tiny.count, tinyAlone: tiny.filter { $0.plan.balance == .remnant }.count)
        return AreasReport(
            areas: stored.map {
                .init(
                    id: $0.id, association: $0.association, deliveryPoints: $0.route.count, households: $0.households, papers: $0.households,
                    minutes: ($0.time.value * 10).rounded() / 10, routeMeters: $0.length.value.rounded(), mode: $0.mode.rawValue, locked: $0.locked,
                    balance: $0.plan.balance.rawValue,
                    streets: StreetRanges.summary($0.route.compactMap { addressOf[$0] }), volunteer: volunteerOf[$0.id],
                    status: AreaStatus(area: $0.id, route: $0.route, assigned: volunteerOf[$0.id] != nil, standings: standings, householdsNow: householdsNow).rawValue,
                    version: $0.version, printedVersion: $0.printedVersion)
            }, summary: summary)
    }
}

extension District {
    /// The district's associations by name: what a listing may be filtered by.
    public func associationNames() throws -> [String] {
        try existingStore().read { tx in try tx.associationNames() }
    }

    /// The associations, or none while nothing is imported (an empty server's first page).
    public func associationNamesIfImported() throws -> [String] {
        FileManager.default.fileExists(atPath: databasePath) ? try associationNames() : []
    }
}
