/// How households are counted from buildings; read from the `households:` section
/// of the district configuration. Every field has a default, so a configuration
/// names only what it changes.
public struct HouseholdRules: Sendable, Equatable, Codable {
    /// Gross floor area (footprint × levels) per dwelling, m². About 75 in Sweden;
    /// replaced by calibration wherever enough buildings carry `building:flats`.
    public var squareMetersPerDwelling = 75.0
    /// Levels assumed for an estimated building without `building:levels`.
    public var defaultLevels = 3.0
    /// Building types counted by footprint × levels ÷ m² per dwelling.
    public var estimatedTypes = ["apartments", "residential", "dormitory", "flats"]
    /// Building types counted as one household per address.
    public var singleHouseholdTypes = [
        "house", "detached", "semidetached_house", "terrace", "farm", "bungalow", "cabin", "static_caravan",
        "villa", "farmhouse",
    ]
    /// Building types with no households: the address is listed with 0.
    public var nonResidentialTypes = [
        "commercial", "retail", "industrial", "office", "warehouse", "supermarket", "kiosk", "school",
        "kindergarten", "university", "college", "hospital", "church", "chapel", "mosque", "synagogue",
        "temple", "civic", "public", "government", "fire_station", "train_station", "transportation",
        "garage", "garages", "carport", "shed", "hut", "barn", "stable", "cowshed", "greenhouse", "farm_auxiliary",
        "hangar", "roof", "service", "parking", "sports_hall", "sports_centre", "stadium", "hotel", "toilets",
        "construction", "ruins", "bunker", "storage_tank", "silo", "transformer_tower", "water_tower",
        "allotment_house", "boathouse",
    ]
    /// A building of any other type (mostly `building=yes`) is non-residential when it
    /// carries a use tag (shop, amenity, office, craft, industrial, tourism, leisure,
    /// healthcare, man_made); otherwise it is estimated like an apartment building
    /// when its footprint is at least this large, else it is one household.
    public var unlistedEstimatedFromSquareMeters = 250.0
    /// Households at an address with no building mapped around it.
    public var addressWithoutBuilding = 1
    /// Buildings of one type and association needed before their `building:flats`
    /// replace the configured m² per dwelling.
    public var calibrationMinimumBuildings = 5
    /// m² per dwelling outside this range is a tagging error, not calibration evidence.
    public var calibrationPlausibleSquareMeters = [25.0, 300.0]
    /// A register row without a matching address matches the nearest point this close.
    public var registerMatchRadiusMeters = 25.0
    /// A register row matches a mapped address only if they are this close (same
    /// street names occur in several towns).
    public var registerAddressRadiusMeters = 2_000.0
    /// An estimate of more households than this at one address is listed for someone to
    /// check (`households check`): a wholesaler's hall reads like a block of flats.
    public var checkAbove = 100
    /// Which buildings without an address are homes all the same (`WithoutAddressRules`).
    public var withoutAddress = WithoutAddressRules()

    public init() {}

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = HouseholdRules()
        squareMetersPerDwelling = try c.decodeIfPresent(Double.self, forKey: .squareMetersPerDwelling) ?? d.squareMetersPerDwelling
        defaultLevels = try c.decodeIfPresent(Double.self, forKey: .defaultLevels) ?? d.defaultLevels
        estimatedTypes = try c.decodeIfPresent([String].self, forKey: .estimatedTypes) ?? d.estimatedTypes
        singleHouseholdTypes = try c.decodeIfPresent([String].self, forKey: .singleHouseholdTypes) ?? d.singleHouseholdTypes
        nonResidentialTypes = try c.decodeIfPresent([String].self, forKey: .nonResidentialTypes) ?? d.nonResidentialTypes
        unlistedEstimatedFromSquareMeters =
            try c.decodeIfPresent(Double.self, forKey: .unlistedEstimatedFromSquareMeters) ?? d.unlistedEstimatedFromSquareMeters
        addressWithoutBuilding = try c.decodeIfPresent(Int.self, forKey: .addressWithoutBuilding) ?? d.addressWithoutBuilding
        calibrationMinimumBuildings = try c.decodeIfPresent(Int.self, forKey: .calibrationMinimumBuildings) ?? d.calibrationMinimumBuildings
        calibrationPlausibleSquareMeters =
            try c.decodeIfPresent([Double].self, forKey: .calibrationPlausibleSquareMeters) ?? d.calibrationPlausibleSquareMeters
        registerMatchRadiusMeters = try c.decodeIfPresent(Double.self, forKey: .registerMatchRadiusMeters) ?? d.registerMatchRadiusMeters
        registerAddressRadiusMeters = try c.decodeIfPresent(Double.self, forKey: .registerAddressRadiusMeters) ?? d.registerAddressRadiusMeters
        checkAbove = try c.decodeIfPresent(Int.self, forKey: .checkAbove) ?? d.checkAbove
        withoutAddress = try c.decodeIfPresent(WithoutAddressRules.self, forKey: .withoutAddress) ?? d.withoutAddress
        guard checkAbove >= 1 else { throw DecodingError.dataCorruptedError(forKey: .checkAbove, in: c, debugDescription: "at least 1 household") }
    }

    /// How the rules treat a building of this type and size.
    public enum BuildingClass: Equatable, Sendable {
        case explicit(flats: Int)
        case estimated
        case single
        case nonResidential
    }

    public func classify(_ building: Building) -> BuildingClass {
        if let flats = building.flats { return .explicit(flats: flats) }
        if estimatedTypes.contains(building.type) { return .estimated }
        if singleHouseholdTypes.contains(building.type) { return .single }
        if nonResidentialTypes.contains(building.type) { return .nonResidential }
        // building=yes on a supermarket or a school: its use tag decides.
        if building.use != nil { return .nonResidential }
        return building.footprintSquareMeters >= unlistedEstimatedFromSquareMeters ? .estimated : .single
    }

    /// Gross floor area the estimate divides: footprint × levels (or the default levels).
    public func floorArea(_ building: Building) -> Double {
        building.footprintSquareMeters * (building.levels ?? defaultLevels)
    }
}
