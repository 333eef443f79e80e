import Foundation
import Households
import Planner
import Store
import Vocabulary

/// Returned paper sheets typed into a spreadsheet: one row per stop reported.
///
/// | column | names accepted | required |
/// | --- | --- | --- |
/// | area | `area`, `område`, `omrade` | yes |
/// | stop | `stop`, `nr`, `punkt`, `point` (a stop number or range as on the sheet, or a point key) | yes |
/// | version | `version`, `utgåva`, `sheet_version` (the sheet's version; else the printed one) | no |
/// | outcome | `outcome`, `status`, `utfall`: delivered/levererad/ok/x, or skipped/ej | yes |
/// | reason | `reason`, `orsak`: locked/låst, no-letterbox/ingen brevlåda, refused/nej tack, not-found/hittades inte | for skips |
/// | date | `date`, `datum`, `reported_at` (YYYY-MM-DD, or with a time) | no: now |
/// | reporter | `by`, `reporter`, `rapportör`, `utdelare` | no |
enum DeliveryFile {
    static let columns: [String: [String]] = [
        "area": ["area", "område", "omrade", "area_id"],
        "stop": ["stop", "nr", "punkt", "point", "stopp"],
        "version": ["version", "utgåva", "utgava", "sheet_version", "arkversion"],
        "outcome": ["outcome", "status", "utfall", "resultat"],
        "reason": ["reason", "orsak", "anledning"],
        "date": ["date", "datum", "reported_at", "tid"],
        "reporter": ["by", "reporter", "rapportör", "rapportor", "utdelare", "volunteer"],
    ]

    static let delivered: Set<String> = ["delivered", "levererad", "levererat", "utdelad", "utdelat", "ok", "x", "ja", "yes", "✓"]
    static let skipped: Set<String> = ["skipped", "ej", "nej", "no", "skip", "ej levererad", "inte levererad"]
    static let reasons: [String: DeliveryRecord.Reason] = [
        "locked": .locked, "låst": .locked, "last": .locked, "portkod": .locked,
        "no-letterbox": .noLetterbox, "no letterbox": .noLetterbox, "ingen brevlåda": .noLetterbox, "ingen brevlada": .noLetterbox,
        "refused": .refused, "nej tack": .refused, "vägrade": .refused, "avböjde": .refused,
        "not-found": .notFound, "not found": .notFound, "hittades inte": .notFound, "finns inte": .notFound,
    ]

    struct Row {
        var line: Int
        var area: AreaID
        var stop: String
        var version: Int?
        var outcome: District.DeliveryOutcome
        /// The day the row describes (YYYY-MM-DD, or with a time).
        var date: String?
        var reporter: String?
    }

    static func read(path: String) throws -> [Row] {
        let table = try CSVTable(path: path)
        func required(_ name: String) throws -> Int {
            guard let index = table.column(columns[name] ?? []) else {
                throw InputFileError(path: path, position: "line 1", message: "no \(name) column (expected one of: \((columns[name] ?? []).joined(separator: ", ")))")
            }
            return index
        }
        let area = try required("area"), stop = try required("stop"), outcome = try required("outcome")
        let version = table.column(columns["version"] ?? [])
        let reason = table.column(columns["reason"] ?? []), date = table.column(columns["date"] ?? []), reporter = table.column(columns["reporter"] ?? [])
        return try table.rows.map { row in
            func fail(_ message: String) -> InputFileError { InputFileError(path: path, position: "line \(row.line)", message: message) }
            let areaText = table.value(row, area) ?? ""
            guard let areaID = Int64(areaText).map(AreaID.init) else { throw fail("area '\(areaText)' is not an area id") }
            guard let stopText = table.value(row, stop) else { throw fail("no stop") }
            let outcomeText = (table.value(row, outcome) ?? "").lowercased()
            let parsed: District.DeliveryOutcome
            if delivered.contains(outcomeText) {
                parsed = .delivered
            } else if skipped.contains(outcomeText) {
                let reasonText = (table.value(row, reason) ?? "").lowercased()
                guard let why = reasons[reasonText] else { throw fail("a skip needs a reason: locked, no-letterbox, refused or not-found, not '\(reasonText)'") }
                parsed = .skipped(why)
            } else {
                throw fail("outcome '\(outcomeText)' is neither delivered nor skipped")
            }
            if let text = table.value(row, date), parseDate(text) == nil { throw fail("date '\(text)' is not YYYY-MM-DD") }
            var sheetVersion: Int?
            if let text = table.value(row, version) {
                guard let number = Int(text), number >= 1 else { throw fail("version '\(text)' is not a sheet version (1, 2, …)") }
                sheetVersion = number
            }
            return Row(
                line: row.line, area: areaID, stop: stopText, version: sheetVersion, outcome: parsed, date: table.value(row, date),
                reporter: table.value(row, reporter))
        }
    }

    /// "2030-08-20", "2030-08-20 18:00", "2030-08-20T18:00" or "2030-08-20T18:00:05Z", in UTC.
    /// By hand: a DateFormatter, or a Regex literal, made per row was most of typing in
    /// 20,000 rows.
    static func parseDate(_ text: String) -> Date? {
        var bytes = Array(text.utf8)
        if bytes.last == UInt8(ascii: "Z") { bytes.removeLast() }
        // Digits at these offsets, separators between: YYYY-MM-DD[(T| )HH:MM[:SS]].
        func number(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[from..<(from + count)] {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        func separator(_ at: Int, _ allowed: String) -> Bool { at < bytes.count && allowed.utf8.contains(bytes[at]) }
        guard [10, 16, 19].contains(bytes.count), let year = number(0, 4), separator(4, "-"), let month = number(5, 2), separator(7, "-"),
            let day = number(8, 2)
        else { return nil }
        var hour = 0, minute = 0, second = 0
        if bytes.count > 10 {
            guard separator(10, "T "), let h = number(11, 2), separator(13, ":"), let m = number(14, 2) else { return nil }
            (hour, minute) = (h, m)
            if bytes.count == 19 {
                guard separator(16, ":"), let s = number(17, 2) else { return nil }
                second = s
            }
        }
        let parts = DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        guard let date = calendar.date(from: parts) else { return nil }
        // 2030-02-30 would roll over into March: only a date that reads back the same is one.
        let back = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        guard back.year == parts.year, back.month == parts.month, back.day == parts.day, back.hour == parts.hour,
            back.minute == parts.minute, back.second == parts.second
        else { return nil }
        return date
    }
}
