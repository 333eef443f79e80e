import Foundation

/// CSV the way Swedish spreadsheets read it: `;` between fields, decimal comma, CRLF, and
/// a byte order mark, so Excel opens the Swedish letters right.
public enum SpreadsheetCSV {
    public static func document(_ rows: [[String]]) -> String {
        "\u{FEFF}" + rows.map { $0.map(field).joined(separator: ";") }.joined(separator: "\r\n") + "\r\n"
    }

    /// Quoted only when it must be, and never run as a formula.
    public static func field(_ text: String) -> String {
        let cell = inert(text)
        return cell.contains(where: { ";\"\r\n".contains($0) }) ? "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : cell
    }

    /// A name a spreadsheet would take for a formula (`=HYPERLINK(…)`, `+`, `-`, `@`, a tab or
    /// a carriage return first) gets an apostrophe before it, as OWASP advises, so it shows as
    /// text; a number, negative ones included, stays a number.
    static func inert(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return text }
        if Double(text.replacingOccurrences(of: ",", with: ".")) != nil { return text }
        return "'" + text
    }

    public static func decimal(_ value: Double, digits: Int) -> String {
        String(format: "%.\(digits)f", value).replacingOccurrences(of: ".", with: ",")
    }
}
