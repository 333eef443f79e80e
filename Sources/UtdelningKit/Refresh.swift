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
        let pointKeys: Set<PointKey>
        let buildingKeys: Set<String>
        /// Buildings the file gives an address.
        let addressedBuildingKeys: Set<String>
        /// Other files' points this file's objects took in (businesses at its homes).
        let takenIn: Set<PointKey>

        init(datasetID: Int64, points: [DeliveryPoint], buildings: [Building], supersedes takenIn: [PointKey] = []) {
            self.datasetID = datasetID
            self.points = points
            self.buildings = buildings
            pointKeys = Set(points.map(\.key))
            buildingKeys = Set(buildings.map(\.key))
            addressedBuildingKeys = Set(points.filter { $0.withoutAddress == nil }.compactMap(\.buildingKey))
            self.takenIn = Set(takenIn)
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
        let mapPoints = stored.filter { !$0.fromRegister }.map(\.point) + (incoming?.points ?? [])
        let buildings = try tx.buildings(excludingDataset: incoming?.datasetID).filter { incoming?.buildingKeys.contains($0.key) != true }
            + (incoming?.buildings ?? [])
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
            let buildingAssociations = derived.associationOfBuilding.compactMapValues { ids[$0] }
            let values = Dictionary(uniqueKeysWithValues: incoming.points.map { point in
                (point.key, StoreTransaction.DerivedValues(
                    count: derived.counts[point.key] ?? HouseholdCount(households: 0, source: .default, rule: ""),
                    associationID: derived.associationOfPoint[point.key].flatMap { ids[$0] },
                    outside: derived.outsidePointKeys.contains(point.key)))
            })
            let b = try tx.syncBuildings(incoming.buildings, datasetID: incoming.datasetID, associationIDs: buildingAssociations)
            let p = try tx.syncMapPoints(incoming.points, datasetID: incoming.datasetID, derived: values)
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
        var householdsOf: [String: Int] = [:]
        for (key, name) in derived.associationOfPoint { householdsOf[name, default: 0] += derived.counts[key]?.households ?? 0 }
        let report = RefreshReport(
            outsidePoints: derived.outsidePointKeys.count, outsideHouseholds: outsideHouseholds,
            outsideGoTo: derived.outsidePointKeys.isEmpty ? nil : config.district.outsidePoints.ownAssociation,
            emptyAssociations: derived.associationNames.filter { (householdsOf[$0] ?? 0) == 0 },
            estimatesToCheck: toCheck(mapPoints + derived.registerPoints.values, buildings: buildings, counts: derived.counts),
            overlaps: derived.overlaps.map { .init(winner: $0.key.winner, loser: $0.key.loser, points: $0.value) }
                .sorted { ($0.winner, $0.loser) < ($1.winner, $1.loser) },
            calibration: derived.calibration.entries, pointsChanged: changed,
            associations: AssociationChangeReport(succession, configured: config.associations.map(\.name)), takenOver: takenOver,
            knownTotals: knownTotals)
        return (report, changes, derived)
    }

    /// How many points `households check` lists.
    private func toCheck(_ points: [DeliveryPoint], buildings: [Building], counts: [PointKey: HouseholdCount]) -> Int {
        let buildingOf = Dictionary(buildings.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        return points.filter { p in
            guard let count = counts[p.key] else { return false }
            return !config.households.implausibilities(of: p, count: count, building: p.buildingKey.flatMap { buildingOf[$0] }).isEmpty
        }.count
    }
}
