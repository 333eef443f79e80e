import Foundation
import Vocabulary

/// What the board asks: households reached ÷ households, per association and for the
/// district, with skips by reason, areas done, and the pace against election day.
public struct Coverage: Sendable, Equatable, Codable {
    public struct Association: Sendable, Equatable, Codable {
        public var name: String
        public var households: Int
        public var delivered: Int
        public var skipped: Int
        public var coverage: Double
        public var deliveryPoints: Int
        public var deliveredPoints: Int
        public var areas: Int
        /// Areas where every household got its paper.
        public var areasDone: Int
        public var assigned: Int
        public var unassigned: Int
        public var contact: String
        public var skippedByReason: [String: Int]
    }

    public struct Day: Sendable, Equatable, Codable {
        /// YYYY-MM-DD (UTC).
        public var date: String
        /// Households delivered up to and including this day.
        public var delivered: Int
        public var coverage: Double
    }

    public struct Forecast: Sendable, Equatable, Codable {
        /// Households a day over the last seven days of reports, or over the days since the
        /// first report when that is less than a week ago.
        public var householdsPerDay: Double
        /// When 100 % is reached at that pace; nil when nothing is being delivered.
        public var completeOn: String?
        public var deadline: String
        public var onTrack: Bool
    }

    public struct AreaLine: Sendable, Equatable, Codable {
        public var id: AreaID
        public var association: String
        public var households: Int
        public var delivered: Int
        public var skipped: Int
        public var coverage: Double
        /// planned, assigned, in-progress, done-with-skips or delivered (every household reached).
        public var status: String
    }

    public var households: Int
    public var delivered: Int
    public var skipped: Int
    public var coverage: Double
    public var areas: [AreaLine]
    public var deliveryPoints: Int
    public var deliveredPoints: Int
    public var skippedByReason: [String: Int]
    public var associations: [Association]
    public var daily: [Day]
    public var forecast: Forecast

    public struct Point: Sendable {
        public var key: PointKey
        public var association: String
        public var households: Int

        public init(key: PointKey, association: String, households: Int) {
            self.key = key
            self.association = association
            self.households = households
        }
    }

    public struct Area: Sendable {
        public var id: AreaID
        public var association: String
        public var route: [PointKey]
        public var assigned: Bool

        public init(id: AreaID, association: String, route: [PointKey], assigned: Bool) {
            self.id = id
            self.association = association
            self.route = route
            self.assigned = assigned
        }
    }

    /// - Parameters:
    ///   - since: the daily series starts here (YYYY-MM-DD); totals always count everything.
    ///   - today: the forecast's "now" (YYYY-MM-DD).
    ///   - associations: every association, so one with no households has its line (0 of 0) too.
    public init(
        points: [Point], areas: [Area], records: [DeliveryRecord], contacts: [String: String], deadline: String, today: String, since: String? = nil,
        associations names: [String] = []
    ) {
        let standings = DeliveryState.standings(records)
        let householdsAt = Dictionary(points.map { ($0.key, $0.households) }, uniquingKeysWith: { a, _ in a })
        // Households on the sheet a paper was delivered from, not today's count.
        func reached(_ key: PointKey) -> Int { DeliveryState.reached(standings[key], householdsNow: householdsAt[key] ?? 0) }
        func status(_ area: Area) -> AreaStatus {
            AreaStatus(area: area.id, route: area.route, assigned: area.assigned, standings: standings, householdsNow: householdsAt)
        }
        func share(_ part: Int, _ whole: Int) -> Double { whole > 0 ? (Double(part) / Double(whole) * 10_000).rounded() / 10_000 : 0 }
        var byAssociation = Dictionary(uniqueKeysWithValues: names.map { ($0, [Point]()) })
        for p in points { byAssociation[p.association, default: []].append(p) }
        let areasOf = Dictionary(grouping: areas, by: \.association)
        associations = byAssociation.keys.sorted().map { name in
            let members = byAssociation[name] ?? []
            let delivered = members.filter { standings[$0.key]?.outcome == .delivered }
            let skipped = members.filter { standings[$0.key]?.outcome == .skipped }
            var reasons: [String: Int] = [:]
            for p in skipped { reasons[standings[p.key]?.reason?.rawValue ?? "", default: 0] += p.households }
            let own = areasOf[name] ?? []
            let households = members.reduce(0) { $0 + $1.households }
            let deliveredHouseholds = delivered.reduce(0) { $0 + reached($1.key) }
            return Association(
                name: name, households: households, delivered: deliveredHouseholds, skipped: skipped.reduce(0) { $0 + $1.households },
                coverage: share(deliveredHouseholds, households), deliveryPoints: members.count, deliveredPoints: delivered.count, areas: own.count,
                areasDone: own.filter { status($0).isDone }.count,
                assigned: own.filter(\.assigned).count, unassigned: own.filter { !$0.assigned }.count, contact: contacts[name] ?? "",
                skippedByReason: reasons)
        }
        self.areas = areas.sorted { $0.id < $1.id }.map { area in
            let total = area.route.reduce(0) { $0 + (householdsAt[$1] ?? 0) }
            let delivered = area.route.reduce(0) { $0 + reached($1) }
            let skipped = area.route.filter { standings[$0]?.outcome == .skipped }.reduce(0) { $0 + (householdsAt[$1] ?? 0) }
            return AreaLine(
                id: area.id, association: area.association, households: total, delivered: delivered, skipped: skipped, coverage: share(delivered, total),
                status: status(area).rawValue)
        }
        households = associations.reduce(0) { $0 + $1.households }
        delivered = associations.reduce(0) { $0 + $1.delivered }
        skipped = associations.reduce(0) { $0 + $1.skipped }
        coverage = share(delivered, households)
        deliveryPoints = associations.reduce(0) { $0 + $1.deliveryPoints }
        deliveredPoints = associations.reduce(0) { $0 + $1.deliveredPoints }
        skippedByReason = associations.reduce(into: [:]) { sum, a in for (k, v) in a.skippedByReason { sum[k, default: 0] += v } }

        // The day each counted point was delivered, from its standing record.
        var perDay: [String: Int] = [:]
        for (key, standing) in standings where standing.outcome == .delivered && householdsAt[key] != nil {
            perDay[String(standing.reportedAt.prefix(10)), default: 0] += reached(key)
        }
        var running = 0
        var series: [Day] = []
        for day in perDay.keys.sorted() {
            running += perDay[day] ?? 0
            series.append(Day(date: day, delivered: running, coverage: share(running, households)))
        }
        daily = series.filter { since == nil || $0.date >= since ?? "" }

        let weekAgo = Self.day(today, plus: -7)
        let recent = perDay.filter { $0.key > weekAgo && $0.key <= today }.values.reduce(0, +)
        // In the first week the pace is over the days from the first report to today, both counted:
        // 12 households on day one are 12 a day, not 12 ÷ 7.
        let firstDay = perDay.keys.min() ?? today
        let window = (1...7).first { Self.day(firstDay, plus: $0 - 1) >= today } ?? 7
        let rate = Double(recent) / Double(window)
        let remaining = households - delivered
        let completeOn = remaining <= 0 ? today : rate > 0 ? Self.day(today, plus: Int((Double(remaining) / rate).rounded(.up))) : nil
        forecast = Forecast(householdsPerDay: (rate * 10).rounded() / 10, completeOn: completeOn, deadline: deadline, onTrack: completeOn.map { $0 <= deadline } ?? false)
    }

    /// YYYY-MM-DD plus whole days.
    static func day(_ date: String, plus days: Int) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        guard let start = formatter.date(from: date) else { return date }
        return formatter.string(from: start.addingTimeInterval(Double(days) * 86_400))
    }
}
