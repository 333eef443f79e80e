import Foundation

/// CSV the way Swedish spreadsheets read it: `;`-separated, decimal comma, CRLF, and a byte
/// order mark so Excel opens the Swedish letters right.
enum SpreadsheetText {
    static func document(_ rows: [[String]]) -> String {
        "\u{FEFF}" + rows.map { $0.map(quoted).joined(separator: ";") }.joined(separator: "\r\n") + "\r\n"
    }

    /// 0.5734 → "0,5734".
    static func decimal(_ value: Double, digits: Int) -> String {
        String(format: "%.\(digits)f", value).replacingOccurrences(of: ".", with: ",")
    }

    private static func quoted(_ field: String) -> String {
        field.contains(where: { ";\"\r\n".contains($0) }) ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
    }
}
