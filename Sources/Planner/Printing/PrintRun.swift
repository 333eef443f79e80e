import Foundation

/// Papers to order: one per household, plus a spare margin, per association and for the district.
public struct PrintRun: Sendable, Equatable, Codable {
    public struct Association: Sendable, Equatable, Codable {
        public var name: String
        public var households: Int
        public var papers: Int
    }

    /// The margin as a fraction (0.05 for 5 %).
    public var spare: Double
    public var households: Int
    /// The district's order: the sum of the associations' papers, so the parts add up.
    public var papers: Int
    public var associations: [Association]

    /// - Parameters:
    ///   - households: households per association.
    ///   - sparePercent: 5 for 5 %; each association's papers are rounded up, never down.
    public init(households: [(association: String, households: Int)], sparePercent: Double) {
        spare = sparePercent / 100
        associations = households.sorted { $0.association < $1.association }.map { entry in
            Association(name: entry.association, households: entry.households, papers: Self.papers(for: entry.households, spare: sparePercent / 100))
        }
        self.households = associations.reduce(0) { $0 + $1.households }
        papers = associations.reduce(0) { $0 + $1.papers }
    }

    /// Households × (1 + spare), rounded up; a tiny tolerance keeps 100 × 1.05 at 105.
    public static func papers(for households: Int, spare: Double) -> Int {
        Int((Double(households) * (1 + spare) - 1e-9).rounded(.up))
    }
}
