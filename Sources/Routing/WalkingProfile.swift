/// Which ways of the map a volunteer walks, how fast, and which ways are
/// barriers that walking areas should not straddle. Read from the `walking:`
/// section of the district configuration; every field has a default.
public struct WalkingProfile: Sendable, Equatable, Codable {
    /// `highway=*` values a person may walk along.
    public var walkableHighways = [
        "residential", "living_street", "service", "unclassified", "tertiary", "tertiary_link", "secondary",
        "secondary_link", "primary", "primary_link", "trunk", "trunk_link", "road", "footway", "pedestrian", "path",
        "steps", "track", "cycleway", "bridleway",
    ]
    /// `foot=*` or `access=*` values that close a way to walkers.
    public var closedAccess = ["no", "private"]
    public var walkingSpeedMetersPerSecond = 1.3
    /// A point further than this from every walkable way is linked to the nearest one by a straight line, and flagged.
    public var snapMaxMeters = 150.0
    /// `highway=*` values that are barriers between walking areas (crossed only at crossings).
    public var barrierHighways = ["motorway", "motorway_link", "trunk", "primary"]
    /// `railway=*` and `waterway=*` values that are barriers.
    public var barrierRailways = ["rail", "light_rail", "subway", "narrow_gauge"]
    public var barrierWaterways = ["river", "canal"]

    public init() {}

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = WalkingProfile()
        walkableHighways = try c.decodeIfPresent([String].self, forKey: .walkableHighways) ?? d.walkableHighways
        closedAccess = try c.decodeIfPresent([String].self, forKey: .closedAccess) ?? d.closedAccess
        walkingSpeedMetersPerSecond = try c.decodeIfPresent(Double.self, forKey: .walkingSpeedMetersPerSecond) ?? d.walkingSpeedMetersPerSecond
        snapMaxMeters = try c.decodeIfPresent(Double.self, forKey: .snapMaxMeters) ?? d.snapMaxMeters
        barrierHighways = try c.decodeIfPresent([String].self, forKey: .barrierHighways) ?? d.barrierHighways
        barrierRailways = try c.decodeIfPresent([String].self, forKey: .barrierRailways) ?? d.barrierRailways
        barrierWaterways = try c.decodeIfPresent([String].self, forKey: .barrierWaterways) ?? d.barrierWaterways
    }

    /// A way a volunteer may walk: a walkable highway type, not closed by `foot` or
    /// `access` (an explicit `foot=yes` opens a way that `access=no` closes).
    public func isWalkable(_ tags: [String: String]) -> Bool {
        guard let highway = tags["highway"], walkableHighways.contains(highway) else { return false }
        if let foot = tags["foot"] { return !closedAccess.contains(foot) }
        if let access = tags["access"] { return !closedAccess.contains(access) }
        return true
    }

    /// A way that walking areas should not straddle.
    public func isBarrier(_ tags: [String: String]) -> Bool {
        if let highway = tags["highway"], barrierHighways.contains(highway) { return true }
        if let railway = tags["railway"], barrierRailways.contains(railway), tags["tunnel"] == nil { return true }
        if let waterway = tags["waterway"], barrierWaterways.contains(waterway), tags["tunnel"] == nil { return true }
        return false
    }
}
