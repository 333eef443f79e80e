/// Households of the district at a glance: the denominator of every coverage figure.
/// Encodes to the JSON of `utdelning households summary --format json`.
public struct HouseholdSummary: Sendable, Equatable, Codable {
    public struct Tally: Sendable, Equatable, Codable {
        public var deliveryPoints: Int
        public var households: Int

        public init(deliveryPoints: Int, households: Int) {
            self.deliveryPoints = deliveryPoints
            self.households = households
        }
    }

    public struct BySource: Sendable, Equatable, Codable {
        public var explicit: Int
        public var estimated: Int
        public var `default`: Int

        public init(explicit: Int, estimated: Int, default: Int) {
            self.explicit = explicit
            self.estimated = estimated
            self.default = `default`
        }
    }

    public struct AssociationTally: Sendable, Equatable, Codable {
        public var name: String
        public var deliveryPoints: Int
        public var households: Int

        public init(name: String, deliveryPoints: Int, households: Int) {
            self.name = name
            self.deliveryPoints = deliveryPoints
            self.households = households
        }
    }

    public var deliveryPoints: Int
    public var households: Int
    /// Points in no association's polygon.
    public var outside: Tally
    /// Households by where their count came from.
    public var bySource: BySource
    /// Homes the map draws but gives no address ("hus utan adress"), among the points above.
    public var withoutAddress: Tally
    public var associations: [AssociationTally]
    /// m² per dwelling learned from `building:flats`.
    public var calibration: [Calibration.Entry]
    /// Regions whose estimates are scaled to a known total (`import totals`).
    public var totals: [KnownTotalOutcome]

    public init(
        deliveryPoints: Int, households: Int, outside: Tally, bySource: BySource, associations: [AssociationTally],
        calibration: [Calibration.Entry], totals: [KnownTotalOutcome] = [], withoutAddress: Tally = Tally(deliveryPoints: 0, households: 0)
    ) {
        self.deliveryPoints = deliveryPoints
        self.households = households
        self.outside = outside
        self.bySource = bySource
        self.withoutAddress = withoutAddress
        self.associations = associations
        self.calibration = calibration
        self.totals = totals
    }
}
