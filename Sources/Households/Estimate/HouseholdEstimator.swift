import Foundation
import Vocabulary

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
        registerHouseholds: [PointKey: Int]
    ) -> (counts: [PointKey: HouseholdCount], calibration: Calibration) {
        let calibration = Calibration(buildings: buildings, associationOfBuilding: associationOf, rules: rules)
        let buildingByKey = Dictionary(buildings.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        var doorsByBuilding: [String: [DeliveryPoint]] = [:]
        for point in points {
            if let key = point.buildingKey, buildingByKey[key] != nil { doorsByBuilding[key, default: []].append(point) }
        }

        var counts: [PointKey: HouseholdCount] = [:]
        for (buildingKey, doors) in doorsByBuilding {
            guard let building = buildingByKey[buildingKey] else { continue }
            // A business shares its building's households only where no home's door is in it.
            let homes = doors.filter { !$0.isBusiness }
            for business in doors where business.isBusiness && !homes.isEmpty {
                counts[business.key] = HouseholdCount(households: 0, source: .default, rule: "business (\(business.use ?? "")) in a building with homes")
            }
            let entrances = (homes.isEmpty ? doors : homes).map(\.key).sorted()
            let shares = buildingShares(
                building, entrances: entrances, association: associationOf[buildingKey], calibration: calibration,
                businessUse: homes.isEmpty ? doors.compactMap(\.use).min() : nil)
            counts.merge(shares) { a, _ in a }
        }
        for point in points where counts[point.key] == nil {
            counts[point.key] = point.use.map { HouseholdCount(households: 0, source: .default, rule: "business (\($0)), no building mapped") }
                ?? HouseholdCount(households: rules.addressWithoutBuilding, source: .default, rule: "no building mapped")
        }
        // A twin building whose own address was merged into another point: its households go there.
        for building in buildings.sorted(by: { $0.key < $1.key }) where doorsByBuilding[building.key] == nil {
            guard let host = building.addressMergedInto, let count = counts[host] else { continue }
            let shares = buildingShares(building, entrances: [host], association: associationOf[building.key], calibration: calibration, businessUse: nil)
            if let extra = shares[host], extra.households > 0 { counts[host] = count.adding(extra, from: building.key) }
        }
        for point in points {
            if let households = registerHouseholds[point.key] {
                counts[point.key] = HouseholdCount(households: households, source: .explicit, rule: "address register")
            }
        }
        return (counts, calibration)
    }

    /// - Parameter businessUse: set when every entrance is a business: then a building the
    ///   rules count one household per address by its size alone (no type says people live
    ///   there) holds none: a kiosk's or a workshop's `building=yes`.
    private func buildingShares(
        _ building: Building, entrances: [PointKey], association: String?, calibration: Calibration, businessUse: String?
    ) -> [PointKey: HouseholdCount] {
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
        case .single where businessUse != nil && !rules.singleHouseholdTypes.contains(building.type):
            let rule = "business (\(businessUse ?? "")) in a small building=\(building.type): no home"
            return Dictionary(uniqueKeysWithValues: entrances.map { ($0, HouseholdCount(households: 0, source: .default, rule: rule)) })
        case .single:
            return Dictionary(uniqueKeysWithValues: entrances.map { ($0, HouseholdCount(households: 1, source: .default, rule: "\(building.type): one household")) })
        case .nonResidential(let what):
            return Dictionary(uniqueKeysWithValues: entrances.map { ($0, HouseholdCount(households: 0, source: .default, rule: "non-residential (\(what))")) })
        }
    }

    /// An even split in whole households; the first keys (sorted) take the remainder,
    /// so the shares always add up to the total.
    private func split(_ total: Int, among keys: [PointKey], source: HouseholdSource, rule: String) -> [PointKey: HouseholdCount] {
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

extension HouseholdCount {
    /// This count and another building's, at one point: sources that differ read as estimated.
    func adding(_ other: HouseholdCount, from building: String) -> HouseholdCount {
        HouseholdCount(
            households: households + other.households, source: source == other.source ? source : .estimated,
            rule: "\(rule); + \(other.households) in \(building), a twin building of the same address: \(other.rule)")
    }
}
