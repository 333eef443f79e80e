import Foundation
import Planner

/// Coverage for the terminal and for spreadsheets.
public enum CoverageText {
    public static func text(_ c: Coverage) -> String {
        func percent(_ f: Double) -> String { String(format: "%.1f %%", f * 100) }
        var lines = ["district: \(c.delivered) of \(c.households) households reached (\(percent(c.coverage))), \(c.skipped) skipped"]
        for reason in c.skippedByReason.keys.sorted() { lines.append("  skipped, \(reason): \(c.skippedByReason[reason] ?? 0) households") }
        for a in c.associations {
            lines.append(
                "\(a.name): \(percent(a.coverage)) (\(a.delivered)/\(a.households)), \(a.areasDone) of \(a.areas) areas done, "
                    + "\(a.assigned) assigned, \(a.unassigned) unassigned\(a.contact.isEmpty ? "" : "; contact \(a.contact)")")
        }
        let f = c.forecast
        lines.append(
            "pace: \(f.householdsPerDay) households a day over the last week; "
                + (f.completeOn.map { "100 % on \($0), deadline \(f.deadline): \(f.onTrack ? "on track" : "too late")" } ?? "no deliveries in the last week"))
        return lines.joined(separator: "\n")
    }

    /// One row per association and the district, `;`-separated, decimal comma, BOM.
    public static func csv(_ c: Coverage) -> String {
        func decimal(_ f: Double) -> String { String(format: "%.4f", f).replacingOccurrences(of: ".", with: ",") }
        var lines = ["förening;hushåll;utdelat;hoppat över;täckning;områden;klara;kontakt"]
        for a in c.associations {
            lines.append("\(a.name);\(a.households);\(a.delivered);\(a.skipped);\(decimal(a.coverage));\(a.areas);\(a.areasDone);\(a.contact)")
        }
        lines.append("Distriktet;\(c.households);\(c.delivered);\(c.skipped);\(decimal(c.coverage));;;")
        return "\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n"
    }
}
