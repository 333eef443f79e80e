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

    /// Largest body a tick may have: a few short fields.
    static let largestBodyBytes = 4_096

    /// A form from a page without script, JSON from the phone's queue: Hummingbird's form
    /// decoder was a tenth of the server's time under load, Foundation's JSON decoder is leaner.
    static func decode(_ request: Request, _ context: some RequestContext) async throws -> TickForm {
        do {
            if request.headers[.contentType]?.hasPrefix("application/json") == true {
                let body = try await request.body.collect(upTo: largestBodyBytes)
                return try JSONDecoder().decode(TickForm.self, from: Data(buffer: body))
            }
            return try await URLEncodedFormDecoder().decode(TickForm.self, from: request, context: context)
        } catch {
            throw UseCaseError(status: .badRequest, message: "a tick needs version, stop, action and report")
        }
    }

    /// The tick as the use case takes it; an action it does not know is refused.
    func tick(link: String, area: AreaID, now: Date = Date()) throws -> PhoneTick {
        let chosen: PhoneTick.Action
        if action == "undo" {
            chosen = .undo
        } else if action == "delivered" {
            chosen = .delivered
        } else if action.hasPrefix("skip-"), let reason = DeliveryRecord.Reason(rawValue: String(action.dropFirst(5))) {
            chosen = .skipped(reason)
        } else {
            throw ArgumentError("unknown action '\(action)': delivered, skip-locked, skip-no-letterbox, skip-refused, skip-not-found or undo")
        }
        return PhoneTick(link: link, area: area, version: version, stop: stop, action: chosen, reportID: report, time: time(now: now))
    }
}
