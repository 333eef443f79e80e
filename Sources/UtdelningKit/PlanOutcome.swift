import Foundation
import Planner
import Store
import Vocabulary

/// What a plan did to the campaign: the handed-out areas it kept, the areas it removed and
/// whose volunteers lost them, and what changed inside the kept ones.
public struct PlanOutcome: Sendable, Codable, Equatable {
    public struct RemovedArea: Sendable, Codable, Equatable {
        public var id: AreaID
        public var association: String
        /// The volunteer who held it, by name; nil if nobody did.
        public var volunteer: String?
        /// Doors of it with a report: the reports stay, the printed sheet no longer resolves.
        public var reportedDoors: Int
    }

    /// Handed-out areas kept as they are (ids, stops and numbers), by what binds them.
    public var keptAssigned: Int
    public var keptPrinted: Int
    public var keptReported: Int
    public var keptLocked: Int
    public var removed: [RemovedArea]
    public var topUps: [TopUp]
    /// Planned associations with no household at all: no address lies in their polygon (a
    /// typo in the boundaries, or an extract that does not reach it), so they got no area.
    public var withoutHouseholds: [String] = []
}

extension District {
    func planOutcome(
        changes: AreaChanges, before: [StoredArea], promises: [AreaID: AreaPromise], chosen: Set<String>, force: Bool,
        assignments: [StoreTransaction.StoredAssignment], standings: [PointKey: DeliveryState.Standing], store: DistrictStore,
        points: [StoreTransaction.StoredPoint]
    ) throws -> PlanOutcome {
        let people = try store.read { tx in try tx.volunteers() }
        let nameOf = Dictionary(uniqueKeysWithValues: people.map { ($0.id, $0.name) })
        let holder = Dictionary(uniqueKeysWithValues: assignments.map { ($0.areaID, $0.volunteerID) })
        let reported = Set(standings.keys)
        let byID = Dictionary(uniqueKeysWithValues: before.map { ($0.id, $0) })
        let removed = changes.removedIDs.compactMap { id in
            byID[id].map { area in
                PlanOutcome.RemovedArea(
                    id: id, association: area.association, volunteer: holder[id].flatMap { nameOf[$0] },
                    reportedDoors: area.route.filter { reported.contains($0) }.count)
            }
        }
        let keptBound = before.filter { chosen.contains($0.association) && !changes.removedIDs.contains($0.id) }.compactMap { promises[$0.id] }
            .filter { $0.binds(force: force) }
        return PlanOutcome(
            keptAssigned: keptBound.filter(\.assigned).count, keptPrinted: keptBound.filter(\.printed).count,
            keptReported: keptBound.filter(\.reported).count, keptLocked: keptBound.filter(\.locked).count, removed: removed,
            topUps: try topUps(associations: chosen, store: store, points: points))
    }

    /// Top-up lists: for every area whose current sheet no longer matches the district
    /// (households grew or shrank, an address is gone), what to add or cross out.
    public func topUps(association: String? = nil) throws -> [TopUp] {
        let store = try existingStore()
        let names = try store.read { tx in try tx.associationNames() }
        return try topUps(associations: Set(try chosenAssociations(association, among: names)), store: store, points: nil)
    }

    /// - Parameter known: the district's points where the caller holds them already, as for `areas`.
    func topUps(associations: Set<String>, store: DistrictStore, points known: [StoreTransaction.StoredPoint]?) throws -> [TopUp] {
        let (areas, sheets, points, records) = try store.read { tx in
            (try tx.areas(), try tx.currentSheetStops(), try known ?? tx.points(), try tx.deliveries())
        }
        let householdsNow = Dictionary(points.map { ($0.point.key, $0.count.households) }, uniquingKeysWith: { a, _ in a })
        let delivered = DeliveryState.standings(records).filter { $0.value.outcome == .delivered }.mapValues(\.households)
        return areas.filter { associations.contains($0.association) }.compactMap { area in
            TopUp.of(area: area.id, version: area.version, sheet: sheets[area.id] ?? [], householdsNow: householdsNow, delivered: delivered)
        }
    }
}
