/// What scaling did in one region: the summary and every import report it.
public struct KnownTotalOutcome: Sendable, Equatable, Codable {
    public enum Status: String, Sendable, Codable {
        /// The region's households now equal the known total.
        case matched
        /// Explicit and default counts alone exceed the total: nothing was scaled.
        case fixedAboveTotal
        /// No estimated household lies in the region: nothing could take up the difference.
        case nothingToScale
        /// Every estimated door keeps at least one household, and those alone exceed the total.
        case doorsAboveTotal
    }

    public var code: String
    public var name: String?
    public var counted: KnownTotal.Counted
    /// The region's households as estimated, before scaling.
    public var estimateBefore: Int
    public var known: Int
    /// Known ÷ estimate before, to three decimals; nil when the region had no households.
    public var factor: Double?
    /// Explicit and default households in the region, which scaling never changes.
    public var fixedHouseholds: Int
    public var householdsNow: Int
    public var status: Status

    public init(
        code: String, name: String?, counted: KnownTotal.Counted, estimateBefore: Int, known: Int, fixedHouseholds: Int,
        householdsNow: Int, status: Status
    ) {
        self.code = code
        self.name = name
        self.counted = counted
        self.estimateBefore = estimateBefore
        self.known = known
        self.factor = estimateBefore > 0 ? (Double(known) / Double(estimateBefore) * 1000).rounded() / 1000 : nil
        self.fixedHouseholds = fixedHouseholds
        self.householdsNow = householdsNow
        self.status = status
    }

    enum CodingKeys: String, CodingKey {
        case code, name, counted, estimateBefore, known, factor, fixedHouseholds, householdsNow, status
    }

    /// Every key always, null where there is no name or factor: readers of the JSON need not guess.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(code, forKey: .code)
        try c.encode(name, forKey: .name)
        try c.encode(counted, forKey: .counted)
        try c.encode(estimateBefore, forKey: .estimateBefore)
        try c.encode(known, forKey: .known)
        try c.encode(factor, forKey: .factor)
        try c.encode(fixedHouseholds, forKey: .fixedHouseholds)
        try c.encode(householdsNow, forKey: .householdsNow)
        try c.encode(status, forKey: .status)
    }

    /// The name people know the region by, else its code.
    public var label: String { name ?? code }

    /// Beyond ±25 % the estimate is not just off: addresses are missing from the map, or
    /// businesses are counted as homes.
    public var isFarOff: Bool { factor.map { abs($0 - 1) > 0.25 } ?? (known > 0) }
}
