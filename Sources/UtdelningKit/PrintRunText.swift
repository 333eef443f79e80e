import Foundation
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

    /// `;`-separated with a byte order mark, so Excel opens the Swedish letters right.
    public static func csv(_ run: PrintRun) -> String {
        var lines = ["förening;hushåll;tidningar"]
        lines += run.associations.map { "\(quoted($0.name));\($0.households);\($0.papers)" }
        lines.append("Distriktet;\(run.households);\(run.papers)")
        return "\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n"
    }

    private static func pad(_ value: Any, _ width: Int) -> String {
        let text = "\(value)"
        return String(repeating: " ", count: max(1, width - text.count)) + text
    }

    private static func quoted(_ field: String) -> String {
        field.contains(where: { ";\"\r\n".contains($0) }) ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
    }
}
