import Geometry
import Vocabulary

/// One volunteer's round: its points in order and what it takes.
public struct PlannedArea: Sendable, Equatable {
    public enum Mode: String, Sendable, Codable {
        case walk, bike, car
    }

    /// Why an area's time is what it is, for the balance figures.
    public enum Balance: String, Sendable, Codable {
        /// Within the tolerance of the target.
        case within
        /// Short of the target with a bag within the tolerance of the paper cap (or no
        /// neighbouring unit fits in it): among flats, papers fill a bag before the time is up.
        case paperCap
        /// A whole connected piece of streets (or the last rural round): nothing to join it with.
        case remnant
        /// Outside the tolerance for none of those reasons.
        case outside
    }

    /// The stored area this one continues, or nil for a new one.
    public var id: AreaID?
    public var association: String
    /// Point keys in walking order; the first is the start.
    public var route: [PointKey]
    public var households: Int
    /// On foot, or by bike or car for rural points too sparse to walk.
    public var mode: Mode
    /// Along the route: walked, cycled or driven, as `mode` says.
    public var length: Meters
    /// The route plus time at each door.
    public var time: Minutes
    /// Along streets with none of the area's delivery points.
    public var deadhead: Meters
    public var balance: Balance
    /// The rules it was cut with: a plan with other rules recuts it.
    public var targetTime: Minutes
    public var maxPapers: Int

    public init(
        id: AreaID? = nil, association: String, route: [PointKey], households: Int, mode: Mode, length: Meters, time: Minutes,
        deadhead: Meters, balance: Balance, targetTime: Minutes, maxPapers: Int
    ) {
        self.id = id
        self.association = association
        self.route = route
        self.households = households
        self.mode = mode
        self.length = length
        self.time = time
        self.deadhead = deadhead
        self.balance = balance
        self.targetTime = targetTime
        self.maxPapers = maxPapers
    }
}
