import Foundation
import Geometry
import Households
import Planner
import Routing
import Store

/// The use cases of one district database: what the command line and the web
/// server both call. Each import parses its file first, then writes everything,
/// facts and derived counts, in one transaction.
public final class District: Sendable {
    public let databasePath: String
    public let config: DistrictConfig

    /// Opens nothing yet: each action reads its input first and opens the database
    /// only when there is something valid to write, so bad input never creates a file.
    public init(databasePath: String, config: DistrictConfig) {
        self.databasePath = databasePath
        self.config = config
    }

    private var store: DistrictStore {
        get throws { try DistrictStore(path: databasePath) }
    }

    /// The store of a district that has been imported; a query never creates a database.
    func existingStore() throws -> DistrictStore {
        guard FileManager.default.fileExists(atPath: databasePath) else {
            throw InputFileError(path: databasePath, message: "no such database; import an OSM file first")
        }
        return try store
    }

    /// The dataset name a file gets unless one is given: its file name.
    public static func defaultDatasetName(path: String) -> String {
        URL(fileURLWithPath: path).lastPathComponent
    }

    public func importOSM(path: String, dataset: String? = nil, progress: ((Int) -> Void)? = nil) throws -> (OSMImportReport, RefreshReport) {
        let extract = try OSMExtract.read(path: path, progress: progress)
        let name = dataset ?? Self.defaultDatasetName(path: path)
        var report = OSMImportReport(
            dataset: name, nodes: extract.objectCounts.nodes, ways: extract.objectCounts.ways,
            relations: extract.objectCounts.relations, addressObjects: extract.addressObjects,
            deliveryPoints: extract.points.count, buildings: extract.buildings.count, mapWays: extract.mapWays.count,
            walkableWays: extract.mapWays.filter { config.walking.isWalkable($0.tags) }.count,
            skipped: Dictionary(uniqueKeysWithValues: extract.skipped.counts.map { ($0.key.rawValue, $0.value) }),
            skippedExamples: Dictionary(uniqueKeysWithValues: extract.skipped.examples.map { ($0.key.rawValue, $0.value) }),
            brokenBuildings: extract.brokenBuildings, brokenMapWays: extract.brokenMapWays, changes: 0)
        return try store.write { tx in
            let id = try tx.upsertDataset(name: name, kind: .osm, fileName: Self.defaultDatasetName(path: path), bytes: try Self.size(path), report: try Self.json(report))
            let ways = try tx.syncMapWays(extract.mapWays, datasetID: id)
            let (refreshed, changes) = try refresh(tx, incoming: Incoming(datasetID: id, points: extract.points, buildings: extract.buildings))
            report.changes = ways.written + ways.deleted + changes
            return (report, refreshed)
        }
    }

    public func importRegister(path: String, dataset: String? = nil) throws -> (RegisterImportReport, RefreshReport) {
        let rows = try RegisterFile.read(path: path)
        let name = dataset ?? Self.defaultDatasetName(path: path)
        return try store.write { tx in
            let id = try tx.upsertDataset(
                name: name, kind: .register, fileName: Self.defaultDatasetName(path: path), bytes: try Self.size(path),
                report: try Self.json(["rows": rows.count]))
            let sync = try tx.syncRegisterRows(rows, datasetID: id)
            let (refreshed, _) = try refresh(tx)
            let keys = Set(rows.map(\.key))
            let matched = try tx.registerMatchCount(keys: keys)
            let report = RegisterImportReport(
                dataset: name, rows: rows.count, matchedByAddressOrPosition: matched, newPoints: rows.count - matched,
                changes: sync.written + sync.deleted)
            return (report, refreshed)
        }
    }

    public func importBoundaries(path: String, nameProperty: String, dataset: String? = nil) throws -> (BoundaryImportReport, RefreshReport) {
        let boundaries = try BoundaryFile.read(path: path, nameProperty: nameProperty)
        let assigner = try AssociationAssigner(boundaries: boundaries)
        let measured = boundaries.enumerated().map { ($1, assigner.areaSquareMeters(of: $0)) }
        let name = dataset ?? Self.defaultDatasetName(path: path)
        return try store.write { tx in
            let id = try tx.upsertDataset(
                name: name, kind: .boundaries, fileName: Self.defaultDatasetName(path: path), bytes: try Self.size(path),
                report: try Self.json(["nameProperty": nameProperty]))
            let sync = try tx.syncBoundaries(measured, datasetID: id)
            let report = BoundaryImportReport(dataset: name, associations: boundaries.map(\.name).sorted(), changes: sync.written + sync.deleted)
            return (report, try refresh(tx).report)
        }
    }

    /// The lines of the map kept at import (streets, railways, waterways).
    public func mapWays() throws -> [MapWay] {
        guard FileManager.default.fileExists(atPath: databasePath) else { return [] }
        return try store.read { tx in try tx.mapWays() }
    }

    public func householdSummary() throws -> HouseholdSummary {
        try store.read { tx in try tx.householdSummary() }
    }

    /// Points that lie in no association's polygon, for the coordinator to look at.
    public func outsidePoints() throws -> [OutsidePoint] {
        try store.read { tx in try tx.outsidePoints() }.map {
            OutsidePoint(key: $0.key, address: $0.address.line, latitude: $0.coordinate.latitude, longitude: $0.coordinate.longitude)
        }
    }

    /// A map file's points and buildings on their way into the store.
    private struct Incoming {
        let datasetID: Int64
        let points: [DeliveryPoint]
        let buildings: [Building]
    }

    /// Re-derives associations and household counts from all imported facts, and
    /// writes what changed. An incoming map file is derived before it is written,
    /// so that each of its points is written once, with its count.
    /// - Returns: the report, and the rows of the incoming file written or deleted.
    private func refresh(_ tx: StoreTransaction, incoming: Incoming? = nil) throws -> (report: RefreshReport, changes: Int) {
        let stored = try tx.points().filter { !(!$0.fromRegister && $0.datasetID == incoming?.datasetID) }
        let mapPoints = stored.filter { !$0.fromRegister }.map(\.point) + (incoming?.points ?? [])
        let buildings = try tx.buildings(excludingDataset: incoming?.datasetID) + (incoming?.buildings ?? [])
        let register = try tx.registerRows()
        let derived = try HouseholdDerivation(rules: config.households, districtName: config.district.name).derive(
            mapPoints: mapPoints, buildings: buildings, registerRows: register.map(\.row), boundaries: try tx.boundaries())
        let ids = try tx.syncAssociations(derived.associationNames)

        var changes = 0
        if let incoming {
            let buildingAssociations = derived.associationOfBuilding.compactMapValues { ids[$0] }
            let values = Dictionary(uniqueKeysWithValues: incoming.points.map { point in
                (point.key, StoreTransaction.DerivedValues(
                    count: derived.counts[point.key] ?? HouseholdCount(households: 0, source: .default, rule: ""),
                    associationID: derived.associationOfPoint[point.key].flatMap { ids[$0] }))
            })
            let b = try tx.syncBuildings(incoming.buildings, datasetID: incoming.datasetID, associationIDs: buildingAssociations)
            let p = try tx.syncMapPoints(incoming.points, datasetID: incoming.datasetID, derived: values)
            changes = b.written + b.deleted + p.written + p.deleted
        }

        let datasetOfRow = Dictionary(register.map { ($0.row.key, $0.datasetID) }, uniquingKeysWith: { a, _ in a })
        let registerPoints = derived.registerPoints.sorted { $0.key < $1.key }.compactMap { rowKey, point in
            datasetOfRow[rowKey].map { (point, $0) }
        }
        let registerSync = try tx.syncRegisterPoints(registerPoints)
        try tx.setRegisterMatches(derived.registerMatches)
        // Register-made points may have just been added or removed: then read them again.
        let others = registerSync.written + registerSync.deleted == 0
            ? stored : try tx.points().filter { $0.fromRegister || $0.datasetID != incoming?.datasetID }
        let changed = try tx.setDerived(
            stored: others, counts: derived.counts, associationOfPoint: derived.associationOfPoint,
            associationOfBuilding: derived.associationOfBuilding, associationIDs: ids)
        try tx.replaceCalibration(derived.calibration.entries)
        let outside = (mapPoints.count + registerPoints.count) - derived.associationOfPoint.count
        let report = RefreshReport(
            outsidePoints: outside,
            overlaps: derived.overlaps.map { .init(winner: $0.key.winner, loser: $0.key.loser, points: $0.value) }
                .sorted { ($0.winner, $0.loser) < ($1.winner, $1.loser) },
            calibration: derived.calibration.entries, pointsChanged: changed)
        return (report, changes)
    }

    private static func size(_ path: String) throws -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
    }

    static func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
