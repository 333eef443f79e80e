import Households
import Planner
import Routing

/// The valid range of every numeric key of the configuration, checked on load: a value out
/// of range is refused with its key and line, not left to trap or loop inside `plan`.
/// The bounds are wide (no real district needs a value near them) but finite. The checks live
/// here, not in each section's decoder, so that every refusal names its line.
public struct ConfigRange: Sendable {
    /// "planning.targetMinutes", as the YAML nests it.
    public let key: String
    public let range: ClosedRange<Double>
    public let unit: String
    /// Whole numbers only (a count).
    public let whole: Bool
    /// The values the key holds: one, or a [smallest, largest] pair.
    let values: @Sendable (DistrictConfig) -> [Double]
    /// A pair must have exactly two values, the smaller first.
    let pair: Bool

    init(_ key: String, _ range: ClosedRange<Double>, _ unit: String, whole: Bool = false, pair: Bool = false,
         _ values: @escaping @Sendable (DistrictConfig) -> [Double]) {
        self.key = key
        self.range = range
        self.unit = unit
        self.whole = whole
        self.pair = pair
        self.values = values
    }

    /// What is wrong with one value, or nil: the same words for a YAML key and a command
    /// line flag that stands for it.
    public func problem(_ value: Double) -> String? {
        if range.contains(value) && (!whole || value.rounded() == value) { return nil }
        return "must be \(whole ? "a whole number " : "")from \(bounds)\(unit.isEmpty ? "" : " \(unit)"), not \(value.formatted)"
    }

    /// "5 to 600".
    var bounds: String { "\(range.lowerBound.formatted) to \(range.upperBound.formatted)" }

    func problem(in config: DistrictConfig) -> String? {
        let values = values(config)
        if pair, values.count != 2 || values[0] > values[1] {
            return "expected [smallest, largest], got \(values.map(\.formatted))"
        }
        return values.lazy.compactMap(problem).first
    }

    public static let targetMinutes = ConfigRange("planning.targetMinutes", 5...600, "minutes") { [$0.planning.targetMinutes.value] }
    public static let maxPapers = ConfigRange("planning.maxPapers", 1...10_000, "papers", whole: true) { [Double($0.planning.maxPapers)] }

    public static let sparePercent = ConfigRange("sheets.sparePercent", 0...100, "percent") { [$0.sheets.sparePercent] }

    /// Every numeric key, in the order of the starter configuration.
    public static let all: [ConfigRange] = [
        ConfigRange("households.squareMetersPerDwelling", 10...1_000, "m²") { [$0.households.squareMetersPerDwelling] },
        ConfigRange("households.defaultLevels", 1...100, "levels") { [$0.households.defaultLevels] },
        ConfigRange("households.unlistedEstimatedFromSquareMeters", 0...1_000_000, "m²") { [$0.households.unlistedEstimatedFromSquareMeters] },
        ConfigRange("households.addressWithoutBuilding", 0...1_000, "households", whole: true) { [Double($0.households.addressWithoutBuilding)] },
        ConfigRange("households.calibrationMinimumBuildings", 1...1_000_000, "buildings", whole: true) {
            [Double($0.households.calibrationMinimumBuildings)]
        },
        ConfigRange("households.calibrationPlausibleSquareMeters", 1...10_000, "m²", pair: true) { $0.households.calibrationPlausibleSquareMeters },
        ConfigRange("households.registerMatchRadiusMeters", 0...1_000, "m") { [$0.households.registerMatchRadiusMeters] },
        ConfigRange("households.registerAddressRadiusMeters", 0...50_000, "m") { [$0.households.registerAddressRadiusMeters] },
        ConfigRange("households.checkAbove", 1...1_000_000, "households", whole: true) { [Double($0.households.checkAbove)] },
        ConfigRange("households.checkUnlistedFromSquareMeters", 0...1_000_000, "m²") { [$0.households.checkUnlistedFromSquareMeters] },
        ConfigRange("households.flatsAboveFromLevels", 1...100, "levels") { [$0.households.flatsAboveFromLevels] },
        ConfigRange("households.homeDoorsAgainstWorkLand", 0...1_000, "doors", whole: true) { [Double($0.households.homeDoorsAgainstWorkLand)] },
        ConfigRange("households.withoutAddress.homeTypesFootprintAtLeast", 0...1_000_000, "m²") {
            [$0.households.withoutAddress.homeTypesFootprintAtLeast]
        },
        ConfigRange("households.withoutAddress.footprintSquareMeters", 0...1_000_000, "m²", pair: true) {
            $0.households.withoutAddress.footprintSquareMeters
        },
        ConfigRange("households.withoutAddress.evidenceNeeded", 1...3, "of the three kinds of evidence", whole: true) { [Double($0.households.withoutAddress.evidenceNeeded)] },
        ConfigRange("households.withoutAddress.levelsAtLeast", 0...100, "levels") { [$0.households.withoutAddress.levelsAtLeast] },
        ConfigRange("households.withoutAddress.homeNeighbours", 0...1_000, "homes", whole: true) { [Double($0.households.withoutAddress.homeNeighbours)] },
        // A neighbour or street search this wide already spans a town; wider only costs time.
        ConfigRange("households.withoutAddress.neighbourMeters", 1...1_000, "m") { [$0.households.withoutAddress.neighbourMeters] },
        ConfigRange("households.withoutAddress.streetMeters", 1...5_000, "m") { [$0.households.withoutAddress.streetMeters] },
        // Slower than a slow stroll or faster than a run is a typing slip; 0 divides by zero.
        ConfigRange("walking.walkingSpeedMetersPerSecond", 0.3...3, "m/s") { [$0.walking.walkingSpeedMetersPerSecond] },
        ConfigRange("walking.snapMaxMeters", 1...5_000, "m") { [$0.walking.snapMaxMeters] },
        targetMinutes,
        maxPapers,
        ConfigRange("planning.tolerance", 0...1, "(a share of the target)") { [$0.planning.tolerance] },
        // An hour at one door is no door; a negative time breaks the sums.
        ConfigRange("planning.secondsPerDeliveryPoint", 0...3_600, "s") { [$0.planning.secondsPerDeliveryPoint] },
        ConfigRange("planning.secondsPerHousehold", 0...3_600, "s") { [$0.planning.secondsPerHousehold] },
        ConfigRange("planning.secondsPerApartmentEntrance", 0...3_600, "s") { [$0.planning.secondsPerApartmentEntrance] },
        // Every unit's ends are walked out this far: the plan's time grows with it (measured on
        // the west fixture, debug build: 250 m 2.4 s, 500 m 4.4 s, 1 km 8.6 s; the probe's huge
        // value ran for minutes), so 4 times the default at most.
        ConfigRange("planning.bridgeMeters", 0...1_000, "m") { [$0.planning.bridgeMeters] },
        ConfigRange("planning.joinPiecesWithinMeters", 0...5_000, "m") { [$0.planning.joinPiecesWithinMeters] },
        ConfigRange("planning.ruralBelowShareOfTarget", 0...1, "(a share of the target)") { [$0.planning.ruralBelowShareOfTarget] },
        ConfigRange("planning.carSpeedMetersPerSecond", 1...40, "m/s") { [$0.planning.carSpeedMetersPerSecond] },
        ConfigRange("planning.bikeSpeedMetersPerSecond", 1...15, "m/s") { [$0.planning.bikeSpeedMetersPerSecond] },
        sparePercent,
    ]
}

extension ConfigRange {
    /// The ranges as a Markdown table: Config/RANGES.md holds it (a test keeps them equal).
    public static var table: String {
        let rows = all.map { range in
            "| `\(range.key)` | \(range.bounds) | \(range.unit)\(range.whole ? ", whole" : "")\(range.pair ? ", [smallest, largest]" : "") |"
        }
        return (["| key | valid range | unit |", "|---|---|---|"] + rows).joined(separator: "\n") + "\n"
    }
}

extension Double {
    /// 250 rather than 250.0; large and odd values as Swift writes them.
    fileprivate var formatted: String {
        rounded() == self && abs(self) < 1e15 ? String(Int(self)) : String(self)
    }
}
