/// m² per dwelling learned from buildings that carry `building:flats`, per building
/// type and association, falling back to the type across the district, then to the
/// configured constant.
public struct Calibration: Sendable, Equatable {
    public struct Entry: Sendable, Equatable, Codable {
        public var buildingType: String
        /// nil: the type across the whole district.
        public var association: String?
        public var samples: Int
        public var squareMetersPerDwelling: Double

        public init(buildingType: String, association: String?, samples: Int, squareMetersPerDwelling: Double) {
            self.buildingType = buildingType
            self.association = association
            self.samples = samples
            self.squareMetersPerDwelling = squareMetersPerDwelling
        }
    }

    /// Every group with enough samples, sorted by type, then association (district-wide first).
    public let entries: [Entry]
    public let fallbackSquareMetersPerDwelling: Double
    private let byGroup: [Group: Double]

    private struct Group: Hashable {
        let type: String
        let association: String?
    }

    /// - Parameter associationOfBuilding: building key → association name.
    public init(buildings: [Building], associationOfBuilding: [String: String], rules: HouseholdRules) {
        let range = rules.calibrationPlausibleSquareMeters
        let low = range.first ?? 0
        let high = range.count > 1 ? range[1] : .infinity
        var samples: [Group: [Double]] = [:]
        for building in buildings {
            guard let flats = building.flats, flats > 0, building.footprintSquareMeters > 0 else { continue }
            let perDwelling = rules.floorArea(building) / Double(flats)
            guard perDwelling >= low, perDwelling <= high else { continue }
            if let association = associationOfBuilding[building.key] {
                samples[Group(type: building.type, association: association), default: []].append(perDwelling)
            }
            samples[Group(type: building.type, association: nil), default: []].append(perDwelling)
        }
        var byGroup: [Group: Double] = [:]
        var entries: [Entry] = []
        for (group, values) in samples where values.count >= rules.calibrationMinimumBuildings {
            let median = Self.median(values)
            byGroup[group] = median
            entries.append(Entry(buildingType: group.type, association: group.association, samples: values.count, squareMetersPerDwelling: median))
        }
        self.entries = entries.sorted { ($0.buildingType, $0.association ?? "") < ($1.buildingType, $1.association ?? "") }
        self.byGroup = byGroup
        fallbackSquareMetersPerDwelling = rules.squareMetersPerDwelling
    }

    /// The m² per dwelling to use, and where it came from.
    public func squareMetersPerDwelling(type: String, association: String?) -> (value: Double, calibrated: Bool) {
        if let association, let value = byGroup[Group(type: type, association: association)] { return (value, true) }
        if let value = byGroup[Group(type: type, association: nil)] { return (value, true) }
        return (fallbackSquareMetersPerDwelling, false)
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        let mid = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
    }
}
