import Foundation

/// Counts the households at every delivery point: register rows first, then
/// `building:flats`, then the footprint estimate, then the default rules.
public struct HouseholdEstimator: Sendable {
    public let rules: HouseholdRules

    public init(rules: HouseholdRules) {
        self.rules = rules
    }

    /// - Parameters:
    ///   - associationOf: point or building key → association name, for calibration groups.
    ///   - registerHouseholds: point key → households from an address register.
    public func count(
        points: [DeliveryPoint], buildings: [Building], associationOf: [String: String],
        registerHouseholds: [String: Int]
    ) -> (counts: [String: HouseholdCount], calibration: Calibration) {
        let calibration = Calibration(buildings: buildings, associationOfBuilding: associationOf, rules: rules)
        let buildingByKey = Dictionary(buildings.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        var pointsByBuilding: [String: [String]] = [:]
        for point in points {
            if let key = point.buildingKey, buildingByKey[key] != nil { pointsByBuilding[key, default: []].append(point.key) }
        }

        var counts: [String: HouseholdCount] = [:]
        for (buildingKey, pointKeys) in pointsByBuilding {
            guard let building = buildingByKey[buildingKey] else { continue }
            let shares = buildingShares(building, entrances: pointKeys.sorted(), association: associationOf[buildingKey], calibration: calibration)
            counts.merge(shares) { a, _ in a }
        }
        for point in points {
            if let households = registerHouseholds[point.key] {
                counts[point.key] = HouseholdCount(households: households, source: .explicit, rule: "address register")
            } else if counts[point.key] == nil {
                counts[point.key] = HouseholdCount(households: rules.addressWithoutBuilding, source: .default, rule: "no building mapped")
            }
        }
        return (counts, calibration)
    }

    private func buildingShares(
        _ building: Building, entrances: [String], association: String?, calibration: Calibration
    ) -> [String: HouseholdCount] {
        let n = entrances.count
        let entranceText = n == 1 ? "" : " shared by \(n) entrances"
        switch rules.classify(building) {
        case .explicit(let flats):
            return split(flats, among: entrances, source: .explicit, rule: "building:flats=\(flats)\(entranceText)")
        case .estimated:
            let (perDwelling, calibrated) = calibration.squareMetersPerDwelling(type: building.type, association: association)
            let dwellings = Int((rules.floorArea(building) / perDwelling).rounded())
            // Every entrance of a residential building leads to at least one home.
            let total = max(dwellings, n)
            let levels = building.levels.map { Self.format($0) } ?? "\(Self.format(rules.defaultLevels)) (assumed)"
            let rule = "\(Self.format(building.footprintSquareMeters.rounded())) m² × \(levels) levels ÷ \(Self.format(perDwelling.rounded())) m²"
                + (calibrated ? " (calibrated)" : "") + entranceText
            return split(total, among: entrances, source: .estimated, rule: rule)
        case .single:
            return Dictionary(uniqueKeysWithValues: entrances.map { ($0, HouseholdCount(households: 1, source: .default, rule: "\(building.type): one household")) })
        case .nonResidential:
            let what = building.use ?? building.type
            return Dictionary(uniqueKeysWithValues: entrances.map { ($0, HouseholdCount(households: 0, source: .default, rule: "non-residential (\(what))")) })
        }
    }

    /// An even split in whole households; the first keys (sorted) take the remainder,
    /// so the shares always add up to the total.
    private func split(_ total: Int, among keys: [String], source: HouseholdSource, rule: String) -> [String: HouseholdCount] {
        let base = total / keys.count
        let extra = total % keys.count
        return Dictionary(uniqueKeysWithValues: keys.enumerated().map { i, key in
            (key, HouseholdCount(households: base + (i < extra ? 1 : 0), source: source, rule: rule))
        })
    }

    static func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }
}
