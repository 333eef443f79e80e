import Foundation
import Households
import Planner
import Store
import Vocabulary

/// After every import: associations and household counts worked out again from
/// everything imported, in the import's transaction.
extension District {
    /// A map file's points and buildings on their way into the store. Stored rows
    /// with the same keys (from an overlapping or older extract) are the same objects:
    /// the file speaks for them, so each counts once.
    struct Incoming {
        let datasetID: Int64
        let points: [DeliveryPoint]
        let buildings: [Building]
        /// Other files' points this file's objects took in (businesses at its homes).
        let takenIn: Set<PointKey>
        private let keys: Keys

        init(datasetID: Int64, points: [DeliveryPoint], buildings: [Building], supersedes takenIn: [PointKey] = []) {
            self.datasetID = datasetID
            self.points = points
            self.buildings = buildings
            self.takenIn = Set(takenIn)
            keys = Keys(points: points, buildings: buildings)
        }

        var pointKeys: Set<PointKey> { keys.points }
        var buildingKeys: Set<String> { keys.buildings }
        /// Buildings the file gives an address.
        var addressedBuildingKeys: Set<String> { keys.addressedBuildings }

        /// The file's keys, made when first asked for: only stored rows are held against them,
        /// and a first import has none (hashing every key was 2 % of its store phase).
        private final class Keys {
            private let pointList: [DeliveryPoint]
            private let buildingList: [Building]
            lazy var points = Set(pointList.map(\.key))
            lazy var buildings = Set(buildingList.map(\.key))
            lazy var addressedBuildings = Set(pointList.filter { $0.withoutAddress == nil }.compactMap(\.buildingKey))

            init(points: [DeliveryPoint], buildings: [Building]) {
                pointList = points
                buildingList = buildings
            }
        }

        func covers(_ stored: StoreTransaction.StoredPoint) -> Bool {
            !stored.fromRegister && (stored.datasetID == datasetID || pointKeys.contains(stored.point.key) || supersedes(stored))
        }

        /// Another file's point the file holds too (the same OSM object).
        func holdsAnother(_ stored: StoreTransaction.StoredPoint) -> Bool {
            !stored.fromRegister && stored.datasetID != datasetID && pointKeys.contains(stored.point.key)
        }

        /// Another file's point that goes for this file's: a business its homes took in, or a
        /// home without an address on a building this file gives an address.
        func supersedes(_ stored: StoreTransaction.StoredPoint) -> Bool {
            guard stored.datasetID != datasetID, !pointKeys.contains(stored.point.key) else { return false }
            return takenIn.contains(stored.point.key)
                || (stored.point.withoutAddress != nil && addressedBuildingKeys.contains(stored.point.buildingKey ?? ""))
        }
    }

    /// Re-derives associations and household counts from all imported facts, and
    /// writes what changed. An incoming map file is derived before it is written,
    /// so that each of its points is written once, with its count.
    /// - Parameters:
    ///   - path: the file being imported, named by any refusal.
    ///   - stored: the stored points, when the caller has just read them.
    ///   - choices: what becomes of associations the facts no longer make.
    /// - Returns: the report, the rows of the incoming file written or deleted, and
    ///   what was derived (an import reports how its register rows matched).
    func refresh(
        _ tx: StoreTransaction, path: String, incoming: Incoming? = nil, stored all: [StoreTransaction.StoredPoint]? = nil,
        choices: AssociationSuccession.Choices = .init()
    ) throws -> (report: RefreshReport, changes: Int, derived: HouseholdDerivation.Result) {
        let all = try all ?? tx.points()
        let stored = all.filter { incoming?.covers($0) != true }
        let takenOver = incoming.map { incoming in all.filter(incoming.holdsAnother).count } ?? 0
        let mapPoints = stored.filter { !$0.fromRegister }.map(\.point).concatenated(with: incoming?.points ?? [])
        let buildings = try tx.buildings(excludingDataset: incoming?.datasetID).filter { incoming?.buildingKeys.contains($0.key) != true }
            .concatenated(with: incoming?.buildings ?? [])
        let register = try tx.registerRows()
        let boundaries = try tx.boundaries()
        var derived = try HouseholdDerivation(
            rules: config.households, districtName: config.district.name, outside: config.district.outsidePoints
        ).derive(
            mapPoints: mapPoints, buildings: buildings, registerRows: register.map(\.row), boundaries: boundaries)
        try config.checkAssociations(known: boundaries.isEmpty ? [] : derived.associationNames)
        let knownTotals = try scaleToKnownTotals(tx, &derived, mapPoints: mapPoints)
        let succession = try succession(tx, path: path, wanted: derived.associationNames, boundaries: boundaries, choices: choices)
        let ids = try tx.syncAssociations(derived.associationNames, succession: succession)

        var changes = 0
        if let incoming {
            // Each row's values are looked up as it is written, not gathered into dictionaries first.
            var association = AssociationIDs(ids)
            let b = try tx.syncBuildings(incoming.buildings, datasetID: incoming.datasetID) { key in
                association.id(of: derived.associationOfBuilding[key])
            }
            let p = try tx.syncMapPoints(incoming.points, datasetID: incoming.datasetID) { key in
                StoreTransaction.DerivedValues(
                    count: derived.counts[key] ?? HouseholdCount(households: 0, source: .default, rule: ""),
                    associationID: association.id(of: derived.associationOfPoint[key]),
                    outside: derived.outsidePointKeys.contains(key))
            }
            let superseded = try tx.deletePoints(all.filter(incoming.supersedes).map(\.point.key))
            changes = b.written + b.deleted + p.written + p.deleted + superseded
        }

        let datasetOfRow = Dictionary(register.map { ($0.row.key, $0.datasetID) }, uniquingKeysWith: { a, _ in a })
        let registerPoints = derived.registerPoints.sorted { $0.key < $1.key }.compactMap { rowKey, point in
            datasetOfRow[rowKey].map { (point, $0) }
        }
        let registerSync = try tx.syncRegisterPoints(registerPoints, outside: derived.outsidePointKeys)
        try tx.setRegisterMatches(derived.registerMatches)
        // Register-made points may have just been added or removed: then read them again.
        let others = registerSync.written + registerSync.deleted == 0
            ? stored : try tx.points().filter { incoming?.covers($0) != true }
        let changed = try tx.setDerived(
            stored: others, counts: derived.counts, associationOfPoint: derived.associationOfPoint, outside: derived.outsidePointKeys,
            associationOfBuilding: derived.associationOfBuilding, associationIDs: ids, written: incoming?.datasetID)
        try tx.removeAssociations(keeping: derived.associationNames)
        try tx.replaceCalibration(derived.calibration.entries)
        let outsideHouseholds = derived.outsidePointKeys.reduce(0) { $0 + (derived.counts[$1]?.households ?? 0) }
        // Associations none of whose points has a household: nearly all have one among the first
        // points looked at, so the walk stops early instead of summing every point's households.
        var empty = Set(derived.associationNames)
        for (key, name) in derived.associationOfPoint where empty.contains(name) && (derived.counts[key]?.households ?? 0) > 0 {
            empty.remove(name)
            if empty.isEmpty { break }
        }
        let report = RefreshReport(
            outsidePoints: derived.outsidePointKeys.count, outsideHouseholds: outsideHouseholds,
            outsideGoTo: derived.outsidePointKeys.isEmpty ? nil : config.district.outsidePoints.ownAssociation,
            emptyAssociations: derived.associationNames.filter(empty.contains),
            estimatesToCheck: toCheck([mapPoints, Array(derived.registerPoints.values)], buildings: buildings, counts: derived.counts),
            overlaps: derived.overlaps.map { .init(winner: $0.key.winner, loser: $0.key.loser, points: $0.value) }
                .sorted { ($0.winner, $0.loser) < ($1.winner, $1.loser) },
            calibration: derived.calibration.entries, pointsChanged: changed,
            associations: AssociationChangeReport(succession, configured: config.associations.map(\.name)), takenOver: takenOver,
            knownTotals: knownTotals)
        return (report, changes, derived)
    }

    /// How many points `households check` lists. Most counts are judged without their building
    /// (`looksAtBuilding`): only the buildings of the others are looked for, instead of a
    /// dictionary of every building made on each refresh.
    private func toCheck(_ groups: [[DeliveryPoint]], buildings: [Building], counts: [PointKey: HouseholdCount]) -> Int {
        let rules = config.households
        var found = 0
        var withBuilding: [(point: DeliveryPoint, count: HouseholdCount, building: String)] = []
        for points in groups {
            for p in points {
                guard let count = counts[p.key] else { continue }
                if let building = p.buildingKey, rules.looksAtBuilding(of: p, count: count) {
                    withBuilding.append((p, count, building))
                } else if !rules.implausibilities(of: p, count: count, building: nil).isEmpty {
                    found += 1
                }
            }
        }
        guard !withBuilding.isEmpty else { return found }
        let wanted = Set(withBuilding.map(\.building))
        var buildingOf: [String: Building] = [:]
        // The first of a key, as before.
        for b in buildings where wanted.contains(b.key) && buildingOf[b.key] == nil { buildingOf[b.key] = b }
        return found + withBuilding.filter { !rules.implausibilities(of: $0.point, count: $0.count, building: buildingOf[$0.building]).isEmpty }.count
    }
}

/// Association name → id, for row after row: the name is nearly always the row before's, whose
/// id is kept instead of hashing the name again (a name such as "Värmland" hashes slowly).
private struct AssociationIDs {
    private let ids: [String: Int64]
    private var last: (name: String, id: Int64?)?

    init(_ ids: [String: Int64]) { self.ids = ids }

    mutating func id(of name: String?) -> Int64? {
        guard let name else { return nil }
        if let last, last.name == name { return last.id }
        let id = ids[name]
        last = (name, id)
        return id
    }
}
