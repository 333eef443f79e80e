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
    /// `households check` also lists buildings of an unlisted type (`building=yes`) at least
    /// this large whose households rest on nothing but their size: no levels, no residential
    /// land, fewer than `homeDoorsAgainstWorkLand` home doors.
    public var checkUnlistedFromSquareMeters = 1_000.0
    /// An unlisted building on this land (`landuse=*`) is a hall, not flats, unless levels or
    /// home doors say otherwise: a wholesaler's or a workshop's building is mapped `building=yes`.
    public var workLanduses = ["industrial", "commercial", "retail"]
    /// Uses that take a whole building: an unlisted building whose only address nodes carry
    /// one of them holds no homes (the pension office's `amenity` sits on its address node).
    /// A shop, café or hairdresser is as often the ground floor of a block of flats.
    public var wholeBuildingUses = [
        "amenity=public_building", "amenity=townhall", "amenity=courthouse", "amenity=police", "amenity=fire_station",
        "amenity=hospital", "amenity=clinic", "amenity=school", "amenity=college", "amenity=university", "amenity=kindergarten",
        "amenity=library", "amenity=place_of_worship", "amenity=community_centre", "amenity=nursing_home", "amenity=fuel",
        "amenity=car_wash", "office=government", "shop=furniture", "shop=doityourself", "shop=car", "shop=car_repair",
        "shop=wholesale", "craft=car_repair", "tourism=hotel", "leisure=sports_centre",
    ]
    /// An unlisted building with at least this many levels mapped may hold flats above a
    /// shop or hall: neither its land nor its businesses make it non-residential.
    public var flatsAboveFromLevels = 3.0
    /// An unlisted building with at least this many home doors (address nodes without a
    /// business use) is a row of stairwells, whatever land it stands on.
    public var homeDoorsAgainstWorkLand = 2
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
        checkUnlistedFromSquareMeters =
            try c.decodeIfPresent(Double.self, forKey: .checkUnlistedFromSquareMeters) ?? d.checkUnlistedFromSquareMeters
        workLanduses = try c.decodeIfPresent([String].self, forKey: .workLanduses) ?? d.workLanduses
        wholeBuildingUses = try c.decodeIfPresent([String].self, forKey: .wholeBuildingUses) ?? d.wholeBuildingUses
        flatsAboveFromLevels = try c.decodeIfPresent(Double.self, forKey: .flatsAboveFromLevels) ?? d.flatsAboveFromLevels
        homeDoorsAgainstWorkLand = try c.decodeIfPresent(Int.self, forKey: .homeDoorsAgainstWorkLand) ?? d.homeDoorsAgainstWorkLand
        withoutAddress = try c.decodeIfPresent(WithoutAddressRules.self, forKey: .withoutAddress) ?? d.withoutAddress
    }

    /// How the rules treat a building of this type and size.
    public enum BuildingClass: Equatable, Sendable {
        case explicit(flats: Int)
        case estimated
        case single
        /// No households, for the reason given ("amenity=school", "landuse=industrial").
        case nonResidential(String)

        public var isNonResidential: Bool {
            if case .nonResidential = self { return true }
            return false
        }
    }

    public func classify(_ building: Building) -> BuildingClass {
        if let flats = building.flats { return .explicit(flats: flats) }
        if estimatedTypes.contains(building.type) { return .estimated }
        if singleHouseholdTypes.contains(building.type) { return .single }
        if nonResidentialTypes.contains(building.type) { return .nonResidential(building.type) }
        // building=yes on a supermarket or a school: its use tag decides.
        if let use = building.use { return .nonResidential(use) }
        if let evidence = hallEvidence(building) { return .nonResidential(evidence) }
        return building.footprintSquareMeters >= unlistedEstimatedFromSquareMeters ? .estimated : .single
    }

    /// What says an unlisted building without a use tag of its own holds no homes: the
    /// whole-building use of its address nodes, or work land under it. Levels mapped up to
    /// `flatsAboveFromLevels` (flats above shops) or home doors outweigh either.
    public func hallEvidence(_ building: Building) -> String? {
        guard (building.levels ?? 0) < flatsAboveFromLevels else { return nil }
        if building.homeDoors == 0, let use = building.doorUses.first(where: wholeBuildingUses.contains) { return use }
        if let land = building.landuse, workLanduses.contains(land), building.homeDoors < homeDoorsAgainstWorkLand { return "landuse=\(land)" }
        return nil
    }

    /// Nothing but its size says an unlisted building holds homes: no levels, no residential
    /// land, fewer home doors than a row of stairwells (listed by `households check`).
    public func restsOnSizeAlone(_ building: Building) -> Bool {
        guard building.flats == nil, !estimatedTypes.contains(building.type), !singleHouseholdTypes.contains(building.type),
            !nonResidentialTypes.contains(building.type), building.use == nil
        else { return false }
        return building.levels == nil && building.landuse != "residential" && building.homeDoors < homeDoorsAgainstWorkLand
            && building.footprintSquareMeters >= checkUnlistedFromSquareMeters
    }

    /// A type the rules count homes in (estimated or one per address).
    public func isResidentialType(_ type: String) -> Bool {
        estimatedTypes.contains(type) || singleHouseholdTypes.contains(type)
    }

    /// Gross floor area the estimate divides: footprint × levels (or the default levels).
    public func floorArea(_ building: Building) -> Double {
        building.footprintSquareMeters * (building.levels ?? defaultLevels)
    }
}
