import Foundation
import Hummingbird
import Planner
import UtdelningKit
import Vocabulary

/// A tick from the phone page: a stop number on a sheet version, what happened there, and the
/// report's own id, which makes the same tick sent twice count once.
struct TickForm: Decodable {
    var version: Int
    var stop: Int
    /// `delivered`, `skip-<reason>` (locked, no-letterbox, refused, not-found) or `undo`.
    var action: String
    var report: String
    /// When the phone made the tick, in milliseconds since 1970 by its own clock: a tick made
    /// offline and sent hours later keeps its own time. Absent from a page without script.
    var at: Double?

    /// How far back a queued tick's own time is believed; an older one (a phone's clock far
    /// off) is taken as made at the limit. A time ahead of the server's is taken as now.
    static let oldestBelievedSeconds = 14.0 * 24 * 3600

    /// The tick's time: the phone's, bounded by the server's clock.
    func time(now: Date) -> Date {
        guard let at, at.isFinite else { return now }
        let phone = Date(timeIntervalSince1970: at / 1000)
        return min(now, max(now.addingTimeInterval(-Self.oldestBelievedSeconds), phone))
    }

    static func decode(_ request: Request, _ context: some RequestContext) async throws -> TickForm {
        do {
            return try await URLEncodedFormDecoder().decode(TickForm.self, from: request, context: context)
        } catch {
            throw UseCaseError(status: .badRequest, message: "a tick needs version, stop, action and report")
        }
    }

    /// Through the same use cases as `utdelning deliver`, one transaction each.
    func record(area: AreaID, in district: District, now: Date = Date()) throws -> DeliveryReport {
        let stops = District.StopSelection.stops([String(stop)])
        let time = time(now: now)
        if action == "undo" {
            return try district.undoDeliveries(area: area, version: version, stops: stops, reportID: report, now: time)
        }
        let outcome: District.DeliveryOutcome
        if action == "delivered" {
            outcome = .delivered
        } else if action.hasPrefix("skip-"), let reason = DeliveryRecord.Reason(rawValue: String(action.dropFirst(5))) {
            outcome = .skipped(reason)
        } else {
            throw ArgumentError("unknown action '\(action)': delivered, skip-locked, skip-no-letterbox, skip-refused, skip-not-found or undo")
        }
        // The reporter is left out: the link, not a name, says who; no personal data is copied in.
        return try district.deliver(area: area, version: version, stops: stops, outcome: outcome, by: nil, reportID: report, now: time)
    }
}
