import Vocabulary

/// One report about one delivery point: delivered, or not and why. Records are never
/// edited: an undo marks them undone, so the history of who reported what stays.
public struct DeliveryRecord: Sendable, Equatable, Codable {
    public enum Outcome: String, Sendable, Codable, CaseIterable {
        case delivered, skipped
    }

    /// Why a paper could not be delivered.
    public enum Reason: String, Sendable, Codable, CaseIterable {
        case locked
        case noLetterbox = "no-letterbox"
        case refused
        case notFound = "not-found"
    }

    public var pointKey: PointKey
    public var outcome: Outcome
    public var reason: Reason?
    public var households: Int
    /// ISO 8601, UTC.
    public var reportedAt: String
    /// Who reported it (a name or "cli"); nil once the person is forgotten.
    public var reporter: String?
    public var undone: Bool
    /// The area whose sheet it was reported on.
    public var area: AreaID?

    public init(
        pointKey: PointKey, outcome: Outcome, reason: Reason?, households: Int, reportedAt: String, reporter: String?, undone: Bool = false,
        area: AreaID? = nil
    ) {
        self.area = area
        self.pointKey = pointKey
        self.outcome = outcome
        self.reason = reason
        self.households = households
        self.reportedAt = reportedAt
        self.reporter = reporter
        self.undone = undone
    }
}

/// Where each point stands, from its records: the latest report wins, by the day it
/// describes and then by the order it came in. A volunteer who saw a locked door after the
/// area was reported "all delivered" knows better than that report, and a paper delivered
/// after a skip was delivered. Undone reports do not count.
public enum DeliveryState {
    public struct Standing: Sendable, Equatable {
        public var outcome: DeliveryRecord.Outcome
        public var reason: DeliveryRecord.Reason?
        public var reportedAt: String
        /// The households on the sheet the report was made from.
        public var households: Int
        /// The area whose sheet it was reported on.
        public var area: AreaID?

        public init(outcome: DeliveryRecord.Outcome, reason: DeliveryRecord.Reason?, reportedAt: String, households: Int = 0, area: AreaID? = nil) {
            self.area = area
            self.outcome = outcome
            self.reason = reason
            self.reportedAt = reportedAt
            self.households = households
        }
    }

    /// - Parameter records: in the order they were written.
    public static func standings(_ records: [DeliveryRecord]) -> [PointKey: Standing] {
        var result: [PointKey: Standing] = [:]
        for record in records where !record.undone {
            if let current = result[record.pointKey], current.reportedAt > record.reportedAt { continue }
            result[record.pointKey] = Standing(
                outcome: record.outcome, reason: record.reason, reportedAt: record.reportedAt, households: record.households, area: record.area)
        }
        return result
    }

    /// Whether a new report changes nothing: the point already stands exactly so.
    public static func isRepeat(_ record: DeliveryRecord, of standing: Standing?) -> Bool {
        guard let standing else { return false }
        return standing.outcome == record.outcome && standing.reason == record.reason
    }

    /// Whether a point's standing tells how far this area has come: a delivery always does
    /// (the paper is in), a skip only when reported on this area's sheet. A door skipped in
    /// another area and handed to this one by a mop-up is still to be tried. A report of no
    /// known area counts.
    public static func counts(_ standing: Standing?, forArea area: AreaID?) -> Bool {
        guard let standing else { return false }
        return standing.outcome == .delivered || area == nil || standing.area == nil || standing.area == area
    }

    /// Households reached at a point: those on the sheet it was delivered from, never more
    /// than live there now (a count that grew since leaves the rest open).
    public static func reached(_ standing: Standing?, householdsNow: Int) -> Int {
        guard let standing, standing.outcome == .delivered else { return 0 }
        return min(standing.households, householdsNow)
    }
}
