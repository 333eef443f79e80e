/// A length along the ground.
public struct Meters: Measure {
    public let value: Double
    public init(_ value: Double) { self.value = value }
    public var kilometers: Double { value / 1000 }
}

/// A time, as the planner computes it: routes and doors in seconds.
public struct Seconds: Measure {
    public let value: Double
    public init(_ value: Double) { self.value = value }
    public var minutes: Minutes { Minutes(value / 60) }
}

/// A time, as people set and read it: an area's target, a sheet's "ca 85 min".
public struct Minutes: Measure {
    public let value: Double
    public init(_ value: Double) { self.value = value }
    public init(hours: Double) { value = hours * 60 }
    public var seconds: Seconds { Seconds(value * 60) }
}
