import Households

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
    public var brokenBuildings: Int
    public var brokenMapWays: Int
    /// Rows written or deleted: 0 when the same file is imported again.
    public var changes: Int
}

public struct RegisterImportReport: Sendable, Codable, Equatable {
    public var dataset: String
    public var rows: Int
    public var matchedByAddressOrPosition: Int
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
    public var key: String
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

    public var outsidePoints: Int
    public var overlaps: [OverlapWarning]
    public var calibration: [Calibration.Entry]
    public var pointsChanged: Int
}
