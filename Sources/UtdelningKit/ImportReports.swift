import Households
import Routing
import Vocabulary

/// What `import osm` did, for the terminal and for the dataset's record.
public struct OSMImportReport: Sendable, Codable, Equatable {
    public var dataset: String
    public var nodes: Int
    public var ways: Int
    public var relations: Int
    public var addressObjects: Int
    public var deliveryPoints: Int
    public var buildings: Int
    public var mapWays: Int
    public var walkableWays: Int
    public var skipped: [String: Int]
    public var skippedExamples: [String: [String]]
    /// Homes without an address in the map made points ("hus utan adress"), among `deliveryPoints`.
    public var withoutAddress: HomesWithoutAddress.Tally
    public var brokenBuildings: Int
    public var brokenMapWays: Int
    /// Rows written or deleted: 0 when the same file is imported again.
    public var changes: Int
    /// Points that other datasets held too (the same OSM object) and this one now holds.
    /// Not kept with the dataset's record: it says what this import did, not what the file is.
    public var takenOver = 0
    /// Businesses other datasets had at this file's homes' doors or in their buildings,
    /// merged into those homes (removed as points). Not kept with the dataset's record either.
    public var businessesTakenIn = 0

    enum CodingKeys: String, CodingKey {
        case dataset, nodes, ways, relations, addressObjects, deliveryPoints, buildings, mapWays, walkableWays, skipped,
            skippedExamples, withoutAddress, brokenBuildings, brokenMapWays, changes
    }
}

extension OSMImportReport {
    init(dataset: String, extract: OSMExtract, walking: WalkingProfile) {
        self.init(
            dataset: dataset, nodes: extract.objectCounts.nodes, ways: extract.objectCounts.ways,
            relations: extract.objectCounts.relations, addressObjects: extract.addressObjects,
            deliveryPoints: extract.points.count, buildings: extract.buildings.count, mapWays: extract.mapWays.count,
            walkableWays: extract.mapWays.filter { walking.isWalkable($0.tags) }.count,
            skipped: Dictionary(uniqueKeysWithValues: extract.skipped.counts.map { ($0.key.rawValue, $0.value) }),
            skippedExamples: Dictionary(uniqueKeysWithValues: extract.skipped.examples.map { ($0.key.rawValue, $0.value) }),
            withoutAddress: extract.withoutAddress,
            brokenBuildings: extract.brokenBuildings, brokenMapWays: extract.brokenMapWays, changes: 0)
    }
}

public struct RegisterImportReport: Sendable, Codable, Equatable {
    public var dataset: String
    /// Rows in the file.
    public var rows: Int
    /// Rows added to an earlier row for the same address.
    public var mergedRows: Int
    public var matchedByAddress: Int
    public var matchedByPosition: Int
    /// Distinct addresses that matched no mapped point and became points of their own.
    public var newPoints: Int
    public var changes: Int
}

public struct BoundaryImportReport: Sendable, Codable, Equatable {
    public var dataset: String
    public var associations: [String]
    public var changes: Int
}

/// A delivery point outside every association, as `households outside` lists it.
public struct OutsidePoint: Sendable, Codable, Equatable {
    public var key: PointKey
    public var address: String
    public var latitude: Double
    public var longitude: Double
}

/// What re-deriving associations and household counts found, after any import.
public struct RefreshReport: Sendable, Codable, Equatable {
    public struct OverlapWarning: Sendable, Codable, Equatable {
        public var winner: String
        public var loser: String
        public var points: Int
    }

    /// Points (and their households) in no association's polygon; they are planned all the same.
    public var outsidePoints: Int
    public var outsideHouseholds: Int
    /// The association they form ("utan förening"), or nil where each went to the nearest one.
    public var outsideGoTo: String?
    /// Associations with no household at all: a polygon that holds no address (a typo in the
    /// boundaries, or an extract that does not reach it); they would otherwise pass in silence.
    public var emptyAssociations: [String]
    /// Points whose household count `households check` lists (`Implausibility`).
    public var estimatesToCheck: Int
    public var overlaps: [OverlapWarning]
    public var calibration: [Calibration.Entry]
    public var pointsChanged: Int
    public var associations: AssociationChangeReport
    /// Delivery points of other datasets that the imported file holds too.
    public var takenOver: Int
    /// Each region with a known total, scaled to it again (`import totals`).
    public var knownTotals: [KnownTotalOutcome]
}

/// Associations renamed, removed, and volunteers moved by an import.
public struct AssociationChangeReport: Sendable, Codable, Equatable {
    public struct Renamed: Sendable, Codable, Equatable {
        public var from: String
        public var to: String
    }

    public var renamed: [Renamed]
    public var removed: [AssociationSuccession.Removal]
    public var movedVolunteers: Int
    /// Old names the configuration still gives a contact or start to.
    public var staleInConfiguration: [String]

    init(_ succession: AssociationSuccession, configured: [String]) {
        renamed = succession.renames.map { Renamed(from: $0.key, to: $0.value) }.sorted { $0.from < $1.from }
        removed = succession.removals
        movedVolunteers = succession.moves.count
        let gone = Set(renamed.map(\.from) + removed.map(\.name))
        staleInConfiguration = configured.filter { gone.contains($0) }
    }
}
