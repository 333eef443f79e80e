import Geometry
import OSMFile

/// What an OSM file holds for distribution: delivery points, buildings and the
/// lines of the map, plus what was left out and why.
public struct OSMExtract: Sendable {
    public var points: [DeliveryPoint]
    /// The homes among `points` that the map gives no address, and those left out.
    public var withoutAddress: HomesWithoutAddress.Tally
    /// The points made from address objects.
    public var addressPoints: [DeliveryPoint] { points.filter { $0.withoutAddress == nil } }
    public var buildings: [Building]
    public var mapWays: [MapWay]
    /// Address objects that did not become points, by reason.
    public var skipped: SkipReport
    /// Buildings and map lines whose nodes are missing or whose ring does not close.
    public var brokenBuildings: Int
    public var brokenMapWays: Int
    /// Objects carrying `addr:housenumber`, the count points + skips add up to.
    public var addressObjects: Int
    public var objectCounts: ObjectCounts

    public struct ObjectCounts: Sendable, Equatable {
        public var nodes: Int
        public var ways: Int
        public var relations: Int
    }

    /// Two objects with the same address closer than this are one delivery point.
    public static let duplicateRadiusMeters = 100.0

    /// Reads and assembles a file. Throws `OSMFileError` for unreadable input.
    /// - Parameter rules: which buildings without an address become points (`HouseholdRules.withoutAddress`).
    public static func read(path: String, rules: HouseholdRules = HouseholdRules(), progress: ((Int) -> Void)? = nil) throws -> OSMExtract {
        let collector = OSMCollector()
        try OSMFileReader.read(path: path, into: collector, progress: progress)
        if let first = collector.invalidNodes.first {
            throw OSMFileError(
                path: path, kind: .invalidCoordinate, position: "node \(first)",
                detail: "coordinate out of range (\(collector.invalidNodes.count) such nodes)")
        }
        var assembler = try OSMExtractAssembler(collector, rules: rules)
        return try assembler.assemble()
    }
}
