/// Why a point's household count wants a person's look (`households check`): the rules
/// worked it out, but the map gives too little to trust it.
public enum Implausibility: String, Sendable, Codable, CaseIterable, Comparable {
    /// An estimate above `HouseholdRules.checkAbove`.
    case manyHouseholds
    /// A large unlisted building (`building=yes`) counted as flats on its size alone.
    case sizeAlone
    /// A building whose type says people live there, with no household at this point.
    case emptyResidential

    public static func < (a: Implausibility, b: Implausibility) -> Bool {
        allCases.firstIndex(of: a) ?? 0 < allCases.firstIndex(of: b) ?? 0
    }
}

extension HouseholdRules {
    /// What is implausible about a point's count, in `Implausibility` order; empty when nothing is.
    public func implausibilities(of point: DeliveryPoint, count: HouseholdCount, building: Building?) -> [Implausibility] {
        var found: [Implausibility] = []
        if count.source == .estimated && count.households > checkAbove { found.append(.manyHouseholds) }
        if let building, looksAtBuilding(of: point, count: count) {
            if count.source == .estimated && count.households > 0 && restsOnSizeAlone(building) { found.append(.sizeAlone) }
            // A business's 0 beside homes' doors is the rule, not a gap.
            if count.households == 0 && !point.isBusiness && isResidentialType(building.type) { found.append(.emptyResidential) }
        }
        return found
    }

    /// Whether `implausibilities` reads the building for this count at all: only an estimate
    /// with households and a door without any are judged by it. A caller counting what is
    /// implausible over every point need only look up these points' buildings.
    public func looksAtBuilding(of point: DeliveryPoint, count: HouseholdCount) -> Bool {
        (count.source == .estimated && count.households > 0) || (count.households == 0 && !point.isBusiness)
    }
}
