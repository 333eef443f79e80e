/// A stored row's identity. Each kind is its own type, so an area id never passes for a
/// volunteer id; the store reads and writes them as plain integers.
public protocol Identifier: RawRepresentable, Sendable, Hashable, Comparable, Codable, CustomStringConvertible,
    ExpressibleByIntegerLiteral where RawValue == Int64
{
    init(rawValue: Int64)
}

extension Identifier {
    public init(_ rawValue: Int64) { self.init(rawValue: rawValue) }
    public init(integerLiteral value: Int64) { self.init(rawValue: value) }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
    public var description: String { String(rawValue) }
}

/// An area: a volunteer's round, printed as "Område 105".
public struct AreaID: Identifier {
    public let rawValue: Int64
    public init(rawValue: Int64) { self.rawValue = rawValue }
}

/// A volunteer, as the store knows them (never their Zetkin id).
public struct VolunteerID: Identifier {
    public let rawValue: Int64
    public init(rawValue: Int64) { self.rawValue = rawValue }
}

/// A delivery point: a door, keyed by the map object or register row it comes from ("n123",
/// "w45", "register:…"), so it survives re-imports and a sheet's stop finds it again.
public struct PointKey: RawRepresentable, Sendable, Hashable, Comparable, Codable, CustomStringConvertible,
    ExpressibleByStringInterpolation
{
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { rawValue = value }
    public static func < (lhs: PointKey, rhs: PointKey) -> Bool { lhs.rawValue < rhs.rawValue }
    public var description: String { rawValue }
}
