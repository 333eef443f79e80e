import Geometry
import Vocabulary

/// A building footprint and what the map says about its dwellings.
public struct Building: Hashable, Sendable {
    /// OSM identity: "w123" for a way, "r45" for a multipolygon relation.
    public let key: String
    /// The `building=*` value: "apartments", "house", "yes", …
    public var type: String
    public var levels: Double?
    public var flats: Int?
    public var footprintSquareMeters: Double
    /// A point inside the footprint.
    public var center: Coordinate
    /// A tag naming a non-residential use ("shop=supermarket", "amenity=school"), if any.
    public var use: String?
    /// The land use its middle lies on, of those that tell homes from halls
    /// ("industrial", "commercial", "retail", "residential"), if mapped.
    public var landuse: String?
    /// The point its own address was merged into as a duplicate (a twin building with the
    /// same address nearby): that point speaks for this building's households too.
    public var addressMergedInto: PointKey?
    /// Address nodes on or in it without a business use: the doors of homes.
    public var homeDoors: Int
    /// The business uses of its address nodes ("amenity=school"), sorted, when they are all
    /// at one address; empty when none, or spread over several doors (shops below flats).
    public var doorUses: [String]

    public init(
        key: String, type: String, levels: Double?, flats: Int?, footprintSquareMeters: Double, center: Coordinate,
        use: String? = nil, landuse: String? = nil, addressMergedInto: PointKey? = nil, homeDoors: Int = 0, doorUses: [String] = []
    ) {
        self.key = key
        self.type = type
        self.levels = levels
        self.flats = flats
        self.footprintSquareMeters = footprintSquareMeters
        self.center = center
        self.use = use
        self.landuse = landuse
        self.addressMergedInto = addressMergedInto
        self.homeDoors = homeDoors
        self.doorUses = doorUses
    }
}
