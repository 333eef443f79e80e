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
        // By position, not by key: a district has hundreds of thousands of points, and each
        // hash of a key costs more than the rule it looks up (perf of an import).
        // One hash per key (a look-up before each insert made two); the first of a key stays.
        let buildingIndex = Dictionary(buildings.indices.lazy.map { (buildings[$0].key, $0) }, uniquingKeysWith: { first, _ in first })
        var doorsOfBuilding = [[Int]](repeating: [], count: buildings.count)
        for (index, point) in points.enumerated() {
            if let key = point.buildingKey, let building = buildingIndex[key] { doorsOfBuilding[building].append(index) }
        }

        var countOfPoint = [HouseholdCount?](repeating: nil, count: points.count)
        var texts = RuleTexts()
        for (b, doors) in doorsOfBuilding.enumerated() where !doors.isEmpty {
            let building = buildings[b]
            let entrances: [Int]
            let businessUse: String?
            if doors.count == 1 {
                // One door, as at nearly every house: its entrance, and its use if a business.
                entrances = doors
                businessUse = points[doors[0]].use
            } else {
                // A business shares its building's households only where no home's door is in it.
                let homes = doors.filter { !points[$0].isBusiness }
                if !homes.isEmpty {
                    for business in doors where points[business].isBusiness {
                        countOfPoint[business] = HouseholdCount(
                            households: 0, source: .default, rule: "business (\(points[business].use ?? "")) in a building with homes")
                    }
                }
                entrances = (homes.isEmpty ? doors : homes).sorted { points[$0].key < points[$1].key }
                businessUse = homes.isEmpty ? doors.compactMap { points[$0].use }.min() : nil
            }
            let shares = buildingShares(
                building, entrances: entrances.count, associationOf: associationOf, calibration: calibration, businessUse: businessUse,
                texts: &texts)
            for (entrance, share) in zip(entrances, shares) { countOfPoint[entrance] = share }
        }
        let countInOrder = zip(points, countOfPoint).lazy.map { point, count in
            count
                ?? point.use.map { HouseholdCount(households: 0, source: .default, rule: "business (\($0)), no building mapped") }
                ?? HouseholdCount(households: rules.addressWithoutBuilding, source: .default, rule: "no building mapped")
        }
        var counts = Dictionary(zip(points.lazy.map(\.key), countInOrder), uniquingKeysWith: { first, _ in first })
        // A twin building whose own address was merged into another point: its households go there.
        func hasDoors(_ building: Building) -> Bool { buildingIndex[building.key].map { !doorsOfBuilding[$0].isEmpty } ?? false }
        for building in buildings.filter({ $0.addressMergedInto != nil && !hasDoors($0) }).sorted(by: { $0.key < $1.key }) {
            guard let host = building.addressMergedInto, let count = counts[host] else { continue }
            let shares = buildingShares(building, entrances: 1, associationOf: associationOf, calibration: calibration, businessUse: nil, texts: &texts)
            if let extra = shares.first, extra.households > 0 { counts[host] = count.adding(extra, from: building.key) }
        }
        if !registerHouseholds.isEmpty {
            for point in points {
                if let households = registerHouseholds[point.key] {
                    counts[point.key] = HouseholdCount(households: households, source: .explicit, rule: "address register")
                }
            }
        }
        return (counts, calibration)
    }

    /// - Parameters:
    ///   - entrances: how many entrances share the building; the shares come in their order.
    ///   - businessUse: set when every entrance is a business: then a building the rules count
    ///     one household per address by its size alone (no type says people live there) holds
    ///     none: a kiosk's or a workshop's `building=yes`.
    ///   - associationOf: building key → association, looked up only for an estimate (calibration).
    private func buildingShares(
        _ building: Building, entrances n: Int, associationOf: [String: String], calibration: Calibration, businessUse: String?,
        texts: inout RuleTexts
    ) -> [HouseholdCount] {
        let entranceText = n == 1 ? "" : " shared by \(n) entrances"
        switch rules.classify(building) {
        case .explicit(let flats):
            return split(flats, among: n, source: .explicit, rule: "building:flats=\(flats)\(entranceText)")
        case .estimated:
            let (perDwelling, calibrated) = calibration.squareMetersPerDwelling(type: building.type, association: associationOf[building.key])
            let dwellings = Int((rules.floorArea(building) / perDwelling).rounded())
            // Every entrance of a residential building leads to at least one home.
            let total = max(dwellings, n)
            let levels = building.levels.map { Self.format($0) } ?? "\(Self.format(rules.defaultLevels)) (assumed)"
            let rule = "\(Self.format(building.footprintSquareMeters.rounded())) m² × \(levels) levels ÷ \(Self.format(perDwelling.rounded())) m²"
                + (calibrated ? " (calibrated)" : "") + entranceText
            return split(total, among: n, source: .estimated, rule: rule)
        case .single where businessUse != nil && !rules.singleHouseholdTypes.contains(building.type):
            let rule = "business (\(businessUse ?? "")) in a small building=\(building.type): no home"
            return Array(repeating: HouseholdCount(households: 0, source: .default, rule: rule), count: n)
        case .single:
            return Array(repeating: HouseholdCount(households: 1, source: .default, rule: texts.oneHousehold(building.type)), count: n)
        case .nonResidential(let what):
            return Array(repeating: HouseholdCount(households: 0, source: .default, rule: "non-residential (\(what))"), count: n)
        }
    }

    /// An even split in whole households; the first entrances (sorted by key) take the
    /// remainder, so the shares always add up to the total.
    private func split(_ total: Int, among n: Int, source: HouseholdSource, rule: String) -> [HouseholdCount] {
        let base = total / n
        let extra = total % n
        return (0..<n).map { i in HouseholdCount(households: base + (i < extra ? 1 : 0), source: source, rule: rule) }
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

/// A rule's text that depends on the building type alone, made once per type: tens of thousands
/// of houses each had a string of their own made for "house: one household".
private struct RuleTexts {
    private var oneHouseholdOfType: [String: String] = [:]

    mutating func oneHousehold(_ type: String) -> String {
        if let text = oneHouseholdOfType[type] { return text }
        let text = "\(type): one household"
        oneHouseholdOfType[type] = text
        return text
    }
}
