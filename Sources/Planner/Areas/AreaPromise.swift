import Vocabulary

/// What binds an area that was handed out: a plan keeps its id, its stops and their numbers
/// until the coordinator releases it (or plans with `--force`).
public struct AreaPromise: Sendable, Equatable, Codable {
    public var locked: Bool
    /// A volunteer holds it.
    public var assigned: Bool
    /// Its current stops are on paper.
    public var printed: Bool
    /// A door of it was reported (and the coordinator has not released it since).
    public var reported: Bool

    public init(locked: Bool, assigned: Bool, printed: Bool, reported: Bool) {
        self.locked = locked
        self.assigned = assigned
        self.printed = printed
        self.reported = reported
    }

    /// Handed out: somebody outside the planner relies on it as it is.
    public var isHandedOut: Bool { assigned || printed || reported }

    /// Whether a plan must keep it: always when locked, otherwise unless forced.
    public func binds(force: Bool) -> Bool { locked || (!force && isHandedOut) }
}

/// One stop as printed on a sheet version: the door and the papers it was given.
public struct PrintedStop: Sendable, Equatable {
    public var pointKey: PointKey
    public var households: Int

    public init(pointKey: PointKey, households: Int) {
        self.pointKey = pointKey
        self.households = households
    }
}
