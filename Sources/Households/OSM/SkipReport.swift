/// Why an object of the map did not become a delivery point or a building.
public enum SkipReason: String, Sendable, CaseIterable, Codable {
    /// Its nodes are missing from the extract (cut at the edge), or it is not a closed ring.
    case brokenGeometry = "broken geometry"
    /// `addr:housenumber` without `addr:street` or `addr:place`.
    case missingStreet = "missing street name"
    /// The same address within `duplicateRadiusMeters` of another object; merged into it.
    case duplicateAddress = "duplicate address"
    /// A shop, office or other facility at another point's address or in a building with
    /// a home's door: it has no households of its own, so it joins that point.
    case businessMerged = "business merged"
    /// A coordinate outside ±90°/±180°.
    case invalidCoordinate = "invalid coordinate"
}

/// What an import left out and why, with a few examples of each for the log.
public struct SkipReport: Sendable, Equatable {
    public private(set) var counts: [SkipReason: Int] = [:]
    public private(set) var examples: [SkipReason: [String]] = [:]
    static let examplesKept = 5

    public init() {}

    mutating func add(_ reason: SkipReason, _ example: String) {
        counts[reason, default: 0] += 1
        if examples[reason, default: []].count < Self.examplesKept { examples[reason, default: []].append(example) }
    }

    public func count(_ reason: SkipReason) -> Int { counts[reason] ?? 0 }
    public var total: Int { counts.values.reduce(0, +) }
}
