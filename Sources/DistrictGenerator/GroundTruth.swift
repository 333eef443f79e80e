/// What the generator built, to assert an import and a plan against.
public struct GroundTruth: Sendable, Codable, Equatable {
    /// Households and addresses by the polygon each address lies in, as an import
    /// should count them; towns by the polygon their SCB position lies in.
    public struct Association: Sendable, Codable, Equatable {
        public var name: String
        public var households: Int
        public var addresses: Int
        public var towns: Int
    }

    public var households: Int
    public var addresses: Int
    public var apartmentBuildings: Int
    public var apartmentBuildingsWithFlats: Int
    public var houses: Int
    public var farms: Int
    /// Localities whose SCB position lies outside every municipality polygon (not built).
    public var localitiesOutside: Int
    /// Localities whose position lay just outside the coarse polygons (a coast, a river mouth)
    /// and whose town was moved inside; nil when none was, so the truth file stays as it was.
    public var localitiesMovedInside: Int?
    /// Addresses built outside every polygon (a town's edge over the border), and their households.
    public var outsideAddresses: Int
    public var outsideHouseholds: Int
    /// Homes drawn without an address (`Options.withoutAddressShare`) and their households;
    /// nil when none were, so the truth file stays as it was.
    public var buildingsWithoutAddress: Int?
    public var householdsWithoutAddress: Int?
    public var associations: [Association]
}
