import Geometry

/// A region's number of households (or dwellings) as a statistics office publishes it,
/// with the region's polygon: the estimate of the points inside is scaled to it.
public struct KnownTotal: Sendable, Equatable {
    /// What the statistics counted. Dwellings stand in for households: each gets one paper.
    public enum Counted: String, Sendable, Codable, CaseIterable {
        case households, dwellings
    }

    /// The region's code in the regions file (`--code-property`), its identity.
    public var code: String
    /// The region's name, where the table or the regions file gives one.
    public var name: String?
    public var known: Int
    public var counted: Counted
    /// The table's line, named when the total cannot be used.
    public var line: Int
    public var shape: MultiPolygonShape

    public init(code: String, name: String?, known: Int, counted: Counted, line: Int, shape: MultiPolygonShape) {
        self.code = code
        self.name = name
        self.known = known
        self.counted = counted
        self.line = line
        self.shape = shape
    }
}
