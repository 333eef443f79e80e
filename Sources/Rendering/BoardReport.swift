import Foundation

/// The board's report as values: coverage per association, progress against the deadline,
/// who is furthest behind, the print run and the district map.
public struct BoardReport: Sendable {
    public struct Association: Sendable, Equatable {
        public var name: String
        public var households: Int
        public var delivered: Int
        /// 0…1.
        public var coverage: Double
        public var contact: String
        public var papers: Int

        public init(name: String, households: Int, delivered: Int, coverage: Double, contact: String, papers: Int) {
            self.name = name
            self.households = households
            self.delivered = delivered
            self.coverage = coverage
            self.contact = contact
            self.papers = papers
        }
    }

    public var district: String
    /// YYYY-MM-DD.
    public var today: String
    public var deadline: String
    public var households: Int
    public var delivered: Int
    public var coverage: Double
    public var associations: [Association]
    /// Cumulative coverage by day, (YYYY-MM-DD, 0…1).
    public var series: [(date: String, coverage: Double)]
    public var completeOn: String?
    public var sparePercent: Double
    public var papers: Int
    public var map: MapScene

    public init(
        district: String, today: String, deadline: String, households: Int, delivered: Int, coverage: Double, associations: [Association],
        series: [(date: String, coverage: Double)], completeOn: String?, sparePercent: Double, papers: Int, map: MapScene
    ) {
        self.district = district
        self.today = today
        self.deadline = deadline
        self.households = households
        self.delivered = delivered
        self.coverage = coverage
        self.associations = associations
        self.series = series
        self.completeOn = completeOn
        self.sparePercent = sparePercent
        self.papers = papers
        self.map = map
    }

    /// Up to five associations not yet done, the lowest coverage first (ties by name).
    public var furthestBehind: [Association] {
        Array(associations.filter { $0.coverage < 1 }.sorted { ($0.coverage, $0.name) < ($1.coverage, $1.name) }.prefix(5))
    }

    /// "57,3 %" in Swedish.
    public static func percent(_ fraction: Double) -> String {
        String(format: "%.1f %%", fraction * 100).replacingOccurrences(of: ".", with: ",")
    }
}
