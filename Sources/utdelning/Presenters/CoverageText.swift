import Foundation
import UtdelningKit
import Planner
import Wording

/// Coverage for the terminal. What a coverage holds is what is shown: associations, areas,
/// and the days of its series. (Spreadsheets: CoverageCSV, shared with the board's download.)
public enum CoverageText {
    /// - Parameter since: the first day asked for; the series' days are listed from it.
    public static func text(_ c: Coverage, since: String? = nil) -> String {
        func percent(_ f: Double) -> String { String(format: "%.1f %%", f * 100) }
        func households(_ n: Int) -> String { n.counting("household", "households") }
        var lines = ["district: \(c.delivered.grouped) of \(households(c.households)) reached (\(percent(c.coverage))), \(c.skipped.grouped) skipped"]
        for reason in c.skippedByReason.keys.sorted() { lines.append("  skipped, \(reason): \(households(c.skippedByReason[reason] ?? 0))") }
        for a in c.associations {
            lines.append(
                "\(a.name): \(percent(a.coverage)) (\(a.delivered.grouped)/\(a.households.grouped)), \(a.areasDone) of \(a.areas.counting("area", "areas")) done, "
                    + "\(a.assigned) assigned, \(a.unassigned) unassigned\(a.contact.isEmpty ? "" : "; contact \(a.contact)")")
        }
        for a in c.areas { lines.append("  area \(a.id) (\(a.association)): \(a.status), \(a.delivered.grouped)/\(a.households.grouped)") }
        if let since {
            lines.append(c.daily.isEmpty ? "nothing delivered since \(since)" : "delivered by the end of each day since \(since):")
            for day in c.daily { lines.append("  \(day.date): \(households(day.delivered)) (\(percent(day.coverage)))") }
        }
        let f = c.forecast
        lines.append(
            "pace: \(f.householdsPerDay.grouped(decimals: 1)) households a day over the last week; "
                + (f.completeOn.map { "100 % on \($0), deadline \(f.deadline): \(f.onTrack ? "on track" : "too late")" } ?? "no deliveries in the last week"))
        return lines.joined(separator: "\n")
    }
}
