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

    static func decode(_ request: Request, _ context: some RequestContext) async throws -> TickForm {
        do {
            return try await URLEncodedFormDecoder().decode(TickForm.self, from: request, context: context)
        } catch {
            throw UseCaseError(status: .badRequest, message: "a tick needs version, stop, action and report")
        }
    }

    /// Through the same use cases as `utdelning deliver`, one transaction each.
    func record(area: AreaID, in district: District) throws {
        let stops = District.StopSelection.stops([String(stop)])
        if action == "undo" {
            _ = try district.undoDeliveries(area: area, version: version, stops: stops, reportID: report)
            return
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
        _ = try district.deliver(area: area, version: version, stops: stops, outcome: outcome, by: nil, reportID: report)
    }
}
