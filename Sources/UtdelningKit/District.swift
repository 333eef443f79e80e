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
        linkDays = LinkDays(config)
        heldStore = nil
    }

    /// For a server: the database, which must exist, is opened once and its pool (one writer,
    /// readers beside it, WAL) serves every request, rather than one open per action.
    public init(serving databasePath: String, config: DistrictConfig) throws {
        self.databasePath = databasePath
        self.config = config
        linkDays = LinkDays(config)
        guard FileManager.default.fileExists(atPath: databasePath) else { throw DistrictError.noDatabase(path: databasePath) }
        heldStore = try DistrictStore(path: databasePath)
    }

    private let heldStore: DistrictStore?
    /// When links stop opening, worked out once: every request of a phone asks.
    let linkDays: LinkDays
    /// Areas' maps drawn before, for a server asked for the same map by many phones.
    let shapeCache = AreaShapeCache()

    /// The store, made if there is none yet: only imports and a first user may start a district.
    var storeMadeIfMissing: DistrictStore {
        get throws { try heldStore ?? DistrictStore(path: databasePath) }
    }

    /// The store of a district that has been imported; a query never creates a database.
    func existingStore() throws -> DistrictStore {
        guard FileManager.default.fileExists(atPath: databasePath) else {
            throw DistrictError.noDatabase(path: databasePath)
        }
        return try storeMadeIfMissing
    }

    /// The dataset name a file gets unless one is given: its file name.
    public static func defaultDatasetName(path: String) -> String {
        URL(fileURLWithPath: path).lastPathComponent
    }

    /// - Parameter replaces: a dataset this file takes the place of (a newer extract under
    ///   another name). Without it, objects the file shares with other datasets (the same
    ///   OSM key) count once and pass to this dataset, the newest import.
    public func importOSM(
        path: String, dataset: String? = nil, replaces: String? = nil, progress: ImportProgress? = nil
    ) throws -> (OSMImportReport, RefreshReport) {
        let read = try OSMExtract.read(path: path, rules: config.households, progress: progress.map { report in { report(.reading(objects: $0)) } })
        let target = DatasetTarget(path: path, name: dataset ?? Self.defaultDatasetName(path: path), kind: .osm, replaces: replaces)
        try target.checkDatabase(databasePath)
        progress?(.writing)
        return try storeMadeIfMissing.write { tx in
            let own = try target.storedID(in: tx)
            var extract = read
            let stored = try tx.points()
            let takenIn = extract.dropTwins(of: stored.filter { !$0.fromRegister && $0.datasetID != own }.map(\.point))
            var report = OSMImportReport(dataset: target.name, extract: extract, walking: config.walking)
            report.businessesTakenIn = takenIn.count
            let id = try target.prepare(in: tx, report: try Self.json(report))
            let ways = try tx.syncMapWays(extract.mapWays, datasetID: id)
            let incoming = Incoming(datasetID: id, points: extract.points, buildings: extract.buildings, supersedes: takenIn)
            let (refreshed, changes, _) = try refresh(tx, path: path, incoming: incoming, stored: stored)
            report.changes = ways.written + ways.deleted + changes
            report.takenOver = refreshed.takenOver
            return (report, refreshed)
        }
    }

    public func importRegister(path: String, dataset: String? = nil) throws -> (RegisterImportReport, RefreshReport) {
        let read = try RegisterFile.read(path: path)
        let (rows, merged) = RegisterSum.summed(read)
        let target = DatasetTarget(path: path, name: dataset ?? Self.defaultDatasetName(path: path), kind: .register, replaces: nil)
        return try storeMadeIfMissing.write { tx in
            let id = try target.prepare(in: tx, report: try Self.json(["rows": read.count]))
            let sync = try tx.syncRegisterRows(rows, datasetID: id)
            let (refreshed, _, derived) = try refresh(tx, path: path)
            // Summed rows have distinct keys, so each unmatched one is one new address.
            let keys = rows.map(\.key)
            let matched = keys.filter { derived.registerMatches[$0] != nil }.count
            let byAddress = keys.filter { derived.registerByAddress.contains($0) }.count
            let report = RegisterImportReport(
                dataset: target.name, rows: read.count, mergedRows: merged, matchedByAddress: byAddress,
                matchedByPosition: matched - byAddress, newPoints: keys.count - matched, changes: sync.written + sync.deleted)
            return (report, refreshed)
        }
    }

    /// - Parameters:
    ///   - renames: stored association → its name in the file; it keeps its id and all it holds.
    ///   - drops: stored associations the file no longer names that may go with what they hold.
    ///   Any other association that would go while it holds campaign state is refused.
    public func importBoundaries(
        path: String, nameProperty: String, dataset: String? = nil, renames: [String: String] = [:], drops: Set<String> = []
    ) throws -> (BoundaryImportReport, RefreshReport) {
        let choices = AssociationSuccession.Choices(renames: renames, drops: drops)
        let boundaries = try BoundaryFile.read(path: path, nameProperty: nameProperty)
        let assigner = try AssociationAssigner(boundaries: boundaries)
        let measured = boundaries.enumerated().map { ($1, assigner.areaSquareMeters(of: $0)) }
        let target = DatasetTarget(path: path, name: dataset ?? Self.defaultDatasetName(path: path), kind: .boundaries, replaces: nil)
        return try storeMadeIfMissing.write { tx in
            let id = try target.prepare(in: tx, report: try Self.json(["nameProperty": nameProperty]))
            let sync = try tx.syncBoundaries(measured, datasetID: id)
            let report = BoundaryImportReport(dataset: target.name, associations: boundaries.map(\.name).sorted(), changes: sync.written + sync.deleted)
            return (report, try refresh(tx, path: path, choices: choices).report)
        }
    }

    /// The lines of the map kept at import (streets, railways, waterways).
    public func mapWays() throws -> [MapWay] {
        guard FileManager.default.fileExists(atPath: databasePath) else { return [] }
        return try existingStore().read { tx in try tx.mapWays() }
    }

    public func householdSummary() throws -> HouseholdSummary {
        try existingStore().read { tx in try tx.householdSummary() }
    }

    /// Points that lie in no association's polygon, for the coordinator to look at.
    public func outsidePoints() throws -> [OutsidePoint] {
        try existingStore().read { tx in try tx.outsidePoints() }.map {
            OutsidePoint(key: $0.key, address: $0.address.line, latitude: $0.coordinate.latitude, longitude: $0.coordinate.longitude)
        }
    }

    static func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
