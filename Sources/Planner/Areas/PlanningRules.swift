import Routing
import Vocabulary

/// How areas are cut and timed; the `planning:` section of the district configuration.
public struct PlanningRules: Sendable, Equatable, Codable {
    /// Work time one volunteer's area should take.
    public var targetMinutes = Minutes(90)
    /// Papers one person can carry.
    public var maxPapers = 300
    /// Areas within this share of the target count as balanced.
    public var tolerance = 0.15
    /// Walking up to a door and back to the street.
    public var secondsPerDeliveryPoint = 20.0
    /// Folding and posting one paper.
    public var secondsPerHousehold = 6.0
    /// Stairs and a door code at an apartment entrance (more than two households).
    public var secondsPerApartmentEntrance = 60.0
    /// Streets with no delivery point up to this long still join two pieces of an area.
    public var bridgeMeters = 250.0
    /// A piece of streets no number of areas divides within the tolerance joins the
    /// nearest other piece up to this far on foot (an area may then span the gap).
    public var joinPiecesWithinMeters = 1_000.0
    /// A connected piece of streets with less work than this share of the target is
    /// rural: its points are grouped into areas done by car, not forced into walks.
    public var ruralBelowShareOfTarget = 0.5
    /// How rural areas are done: `car` or `bike` (never `walk`).
    public var ruralMode = PlannedArea.Mode.car
    /// Driving between rural delivery points, stops included (8 m/s ≈ 29 km/h).
    public var carSpeedMetersPerSecond = 8.0
    /// Cycling between rural delivery points, stops included (4 m/s ≈ 14 km/h).
    public var bikeSpeedMetersPerSecond = 4.0

    public init() {}

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = PlanningRules()
        targetMinutes = try c.decodeIfPresent(Minutes.self, forKey: .targetMinutes) ?? d.targetMinutes
        maxPapers = try c.decodeIfPresent(Int.self, forKey: .maxPapers) ?? d.maxPapers
        tolerance = try c.decodeIfPresent(Double.self, forKey: .tolerance) ?? d.tolerance
        secondsPerDeliveryPoint = try c.decodeIfPresent(Double.self, forKey: .secondsPerDeliveryPoint) ?? d.secondsPerDeliveryPoint
        secondsPerHousehold = try c.decodeIfPresent(Double.self, forKey: .secondsPerHousehold) ?? d.secondsPerHousehold
        secondsPerApartmentEntrance = try c.decodeIfPresent(Double.self, forKey: .secondsPerApartmentEntrance) ?? d.secondsPerApartmentEntrance
        bridgeMeters = try c.decodeIfPresent(Double.self, forKey: .bridgeMeters) ?? d.bridgeMeters
        joinPiecesWithinMeters = try c.decodeIfPresent(Double.self, forKey: .joinPiecesWithinMeters) ?? d.joinPiecesWithinMeters
        ruralBelowShareOfTarget = try c.decodeIfPresent(Double.self, forKey: .ruralBelowShareOfTarget) ?? d.ruralBelowShareOfTarget
        ruralMode = try c.decodeIfPresent(PlannedArea.Mode.self, forKey: .ruralMode) ?? d.ruralMode
        guard ruralMode != .walk else {
            throw DecodingError.dataCorruptedError(forKey: .ruralMode, in: c, debugDescription: "rural areas go by bike or car, not walk")
        }
        carSpeedMetersPerSecond = try c.decodeIfPresent(Double.self, forKey: .carSpeedMetersPerSecond) ?? d.carSpeedMetersPerSecond
        bikeSpeedMetersPerSecond = try c.decodeIfPresent(Double.self, forKey: .bikeSpeedMetersPerSecond) ?? d.bikeSpeedMetersPerSecond
    }

    public func speedMetersPerSecond(_ mode: PlannedArea.Mode, walking: WalkingProfile) -> Double {
        switch mode {
        case .walk: walking.walkingSpeedMetersPerSecond
        case .bike: bikeSpeedMetersPerSecond
        case .car: carSpeedMetersPerSecond
        }
    }

    /// The target an area is cut for under these rules.
    public var target: AreaTarget { AreaTarget(targetMinutes, tolerance: tolerance, maxPapers: maxPapers) }

    /// Time spent at one delivery point, walking aside.
    public func serviceSeconds(households: Int) -> Double {
        secondsPerDeliveryPoint + Double(households) * secondsPerHousehold + (households > 2 ? secondsPerApartmentEntrance : 0)
    }
}
