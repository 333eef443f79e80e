import Foundation
import UtdelningKit
import Planner
import Wording

/// The print run as a terminal table and as CSV the way Swedish spreadsheets read it.
public enum PrintRunText {
    public static func text(_ run: PrintRun) -> String {
        let width = max(20, (run.associations.map(\.name.count).max() ?? 0) + 2)
        func row(_ name: String, _ households: Int, _ papers: Int) -> String {
            name.padding(toLength: width, withPad: " ", startingAt: 0) + pad(households.grouped, 10) + pad(papers.grouped, 10)
        }
        var lines = ["association".padding(toLength: width, withPad: " ", startingAt: 0) + pad("households", 10) + pad("papers", 10)]
        lines += run.associations.map { row($0.name, $0.households, $0.papers) }
        lines.append(row("district", run.households, run.papers))
        lines.append("papers include a spare margin of \(String(format: "%g", run.spare * 100)) %, rounded up per association")
        return lines.joined(separator: "\n")
    }

    /// One row per association and the district, for a spreadsheet.
    public static func csv(_ run: PrintRun) -> String { PrintRunCSV.document(run) }

    private static func pad(_ value: Any, _ width: Int) -> String {
        let text = "\(value)"
        return String(repeating: " ", count: max(1, width - text.count)) + text
    }
}
