/// Which buildings with no address in the map are homes all the same ("hus utan adress"):
/// the `households.withoutAddress` section of the district configuration. Every field has
/// a default, so a configuration names only what it changes.
public struct WithoutAddressRules: Sendable, Equatable, Codable {
    /// Off: only addresses become delivery points.
    public var enabled = true
    /// Building types that say people live there; each such building without an address is a home.
    public var homeTypes = [
        "house", "detached", "semidetached_house", "terrace", "residential", "apartments", "bungalow", "farm",
        "farmhouse", "villa", "dormitory", "flats",
    ]
    /// Smaller than this (m²), a typed home is a garden hut or a shed.
    public var homeTypesFootprintAtLeast = 30.0
    /// Land where no building without an address is taken for a home: allotment huts,
    /// garage yards, factories.
    public var neverInLanduse = ["allotments", "garages", "industrial", "cemetery", "military", "railway"]
    /// Types that say nothing (`building=yes`): a home only on the evidence below.
    public var evidenceTypes = ["yes"]
    /// Footprint of such a building, m²: smaller is a shed or a garage, larger a hall.
    public var footprintSquareMeters = [60.0, 250.0]
    /// How many of these it needs: inside `landuse=residential`; at least `levelsAtLeast`
    /// levels mapped; at least `homeNeighbours` homes (typed, or with an address) or
    /// house-sized buildings like it within `neighbourMeters` of it.
    public var evidenceNeeded = 2
    public var levelsAtLeast = 2.0
    public var homeNeighbours = 3
    public var neighbourMeters = 50.0
    /// The point goes beside the nearest named street this close; a building farther
    /// from every named street is left out (the import counts it).
    public var streetMeters = 300.0

    public init() {}

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = WithoutAddressRules()
        enabled = try c.decodeIfPresent(Bool.self, forKey: .enabled) ?? d.enabled
        homeTypes = try c.decodeIfPresent([String].self, forKey: .homeTypes) ?? d.homeTypes
        homeTypesFootprintAtLeast = try c.decodeIfPresent(Double.self, forKey: .homeTypesFootprintAtLeast) ?? d.homeTypesFootprintAtLeast
        neverInLanduse = try c.decodeIfPresent([String].self, forKey: .neverInLanduse) ?? d.neverInLanduse
        evidenceTypes = try c.decodeIfPresent([String].self, forKey: .evidenceTypes) ?? d.evidenceTypes
        footprintSquareMeters = try c.decodeIfPresent([Double].self, forKey: .footprintSquareMeters) ?? d.footprintSquareMeters
        evidenceNeeded = try c.decodeIfPresent(Int.self, forKey: .evidenceNeeded) ?? d.evidenceNeeded
        levelsAtLeast = try c.decodeIfPresent(Double.self, forKey: .levelsAtLeast) ?? d.levelsAtLeast
        homeNeighbours = try c.decodeIfPresent(Int.self, forKey: .homeNeighbours) ?? d.homeNeighbours
        neighbourMeters = try c.decodeIfPresent(Double.self, forKey: .neighbourMeters) ?? d.neighbourMeters
        streetMeters = try c.decodeIfPresent(Double.self, forKey: .streetMeters) ?? d.streetMeters
    }

    var smallestSquareMeters: Double { footprintSquareMeters.first ?? 0 }
    var largestSquareMeters: Double { footprintSquareMeters.last ?? .infinity }
}
