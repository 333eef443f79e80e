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

    public var pointKey: String
    public var outcome: Outcome
    public var reason: Reason?
    public var households: Int
    /// ISO 8601, UTC.
    public var reportedAt: String
    /// Who reported it (a name or "cli"); nil once the person is forgotten.
    public var reporter: String?
    public var undone: Bool

    public init(pointKey: String, outcome: Outcome, reason: Reason?, households: Int, reportedAt: String, reporter: String?, undone: Bool = false) {
        self.pointKey = pointKey
        self.outcome = outcome
        self.reason = reason
        self.households = households
        self.reportedAt = reportedAt
        self.reporter = reporter
        self.undone = undone
    }
}

/// Where each point stands, from its records: delivered wins over any skip until it is
/// undone; otherwise the latest skip counts.
public enum DeliveryState {
    public struct Standing: Sendable, Equatable {
        public var outcome: DeliveryRecord.Outcome
        public var reason: DeliveryRecord.Reason?
        public var reportedAt: String

        public init(outcome: DeliveryRecord.Outcome, reason: DeliveryRecord.Reason?, reportedAt: String) {
            self.outcome = outcome
            self.reason = reason
            self.reportedAt = reportedAt
        }
    }

    public static func standings(_ records: [DeliveryRecord]) -> [String: Standing] {
        var result: [String: Standing] = [:]
        for record in records where !record.undone {
            let candidate = Standing(outcome: record.outcome, reason: record.reason, reportedAt: record.reportedAt)
            guard let current = result[record.pointKey] else {
                result[record.pointKey] = candidate
                continue
            }
            switch (current.outcome, record.outcome) {
            case (.delivered, .delivered): if record.reportedAt < current.reportedAt { result[record.pointKey] = candidate }
            case (.delivered, .skipped): break
            case (.skipped, .delivered): result[record.pointKey] = candidate
            case (.skipped, .skipped): if record.reportedAt >= current.reportedAt { result[record.pointKey] = candidate }
            }
        }
        return result
    }

    /// Whether a new report changes nothing: the point already stands exactly so.
    public static func isRepeat(_ record: DeliveryRecord, of standing: Standing?) -> Bool {
        guard let standing else { return false }
        switch (standing.outcome, record.outcome) {
        case (.delivered, _): return true
        case (.skipped, .skipped): return standing.reason == record.reason
        case (.skipped, .delivered): return false
        }
    }
}
