import Foundation

/// CSV the way Swedish spreadsheets read it: `;` between fields, decimal comma, CRLF, and
/// a byte order mark, so Excel opens the Swedish letters right.
public enum SpreadsheetCSV {
    public static func document(_ rows: [[String]]) -> String {
        "\u{FEFF}" + rows.map { $0.map(field).joined(separator: ";") }.joined(separator: "\r\n") + "\r\n"
    }

    /// Quoted only when it must be.
    public static func field(_ text: String) -> String {
        text.contains(where: { ";\"\r\n".contains($0) }) ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }

    public static func decimal(_ value: Double, digits: Int) -> String {
        String(format: "%.\(digits)f", value).replacingOccurrences(of: ".", with: ",")
    }
}
