import Geometry
import Vocabulary

/// An entrance, a house or a mailbox stand: where papers are put through a letterbox.
public struct DeliveryPoint: Hashable, Sendable {
    /// Stable identity across re-imports: "n123", "w45", "r6" for OSM objects,
    /// "register:…" for a register row that matched no mapped address.
    public let key: PointKey
    public var address: Address
    public var coordinate: Coordinate
    /// The building the point is on or inside, if any.
    public var buildingKey: String?
    /// The business or facility every object at this door is ("shop=bakery"); nil for a
    /// home. A business has no households of its own (see `HouseholdEstimator`).
    public var use: String?
    /// For a home the map gives no address ("hus utan adress"): why its building is taken
    /// for a home, e.g. "building=house". Nil for every point with an address.
    public var withoutAddress: String?

    public init(
        key: PointKey, address: Address, coordinate: Coordinate, buildingKey: String? = nil, use: String? = nil, withoutAddress: String? = nil
    ) {
        self.key = key
        self.address = address
        self.coordinate = coordinate
        self.buildingKey = buildingKey
        self.use = use
        self.withoutAddress = withoutAddress
    }

    public var isBusiness: Bool { use != nil }
}

/// Where a household count came from; sheets and reports can show it.
public enum HouseholdSource: String, Sendable, Codable, CaseIterable {
    /// An address register, or `building:flats` shared among the entrances.
    case explicit
    /// Footprint × levels ÷ floor area per dwelling, shared among the entrances.
    case estimated
    /// A rule with no measurement behind it: a house is one household, a school none.
    case `default`
}

/// The households at one delivery point and the reason for the number.
public struct HouseholdCount: Hashable, Sendable {
    public var households: Int
    public var source: HouseholdSource
    /// Human-readable rule, e.g. "building:flats=24 shared by 3 entrances".
    public var rule: String

    public init(households: Int, source: HouseholdSource, rule: String) {
        self.households = households
        self.source = source
        self.rule = rule
    }
}
