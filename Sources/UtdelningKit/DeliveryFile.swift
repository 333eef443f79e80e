import Foundation
import Households
import Planner
import Store

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
        var area: Int64
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
            guard let areaID = Int64(areaText) else { throw fail("area '\(areaText)' is not an area id") }
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
    /// By hand: a DateFormatter made per row was two thirds of typing in 2,000 rows.
    static func parseDate(_ text: String) -> Date? {
        guard let match = text.wholeMatch(of: /(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?Z?)?/) else { return nil }
        let parts = DateComponents(
            year: Int(match.1), month: Int(match.2), day: Int(match.3), hour: match.4.flatMap { Int($0) } ?? 0,
            minute: match.5.flatMap { Int($0) } ?? 0, second: match.6.flatMap { Int($0) } ?? 0)
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

extension District {
    /// Returned sheets: every row checked first (area, sheet version, stop, outcome, date;
    /// its line is named), then all of them recorded in one transaction.
    public func importDeliveries(path: String, now: Date = Date()) throws -> DeliveryReport {
        let rows = try DeliveryFile.read(path: path)
        let store = try existingStore()
        let today = Self.day(now)
        let reports = try store.read { tx in
            try rows.flatMap { row -> [Report] in
                try Self.naming(path, line: row.line) {
                    let time = try row.date.map { text -> Date in
                        if text.count == 10 { return try Self.reportTime(day: text, now: now) }
                        guard let date = DeliveryFile.parseDate(text), Self.day(date) <= today else {
                            throw ArgumentError("date \(text) is in the future (today is \(today))")
                        }
                        return date
                    } ?? now
                    let (version, sheet) = try sheet(of: row.area, version: row.version, tx: tx)
                    return try Self.stops(.stops([row.stop]), on: sheet, area: row.area, version: version).map {
                        Report(area: row.area, version: version, stop: $0, outcome: row.outcome, time: time, reporter: row.reporter)
                    }
                }
            }
        }
        // Oldest first, so a later report in the file stands over an earlier one.
        return try record(reports.enumerated().sorted { ($0.element.time, $0.offset) < ($1.element.time, $1.offset) }.map(\.element), store: store)
    }

    /// A row's refusal (no such area, a date in the future) as the file's error at its line:
    /// the row is what to put right.
    private static func naming<T>(_ path: String, line: Int, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as DistrictError {
            throw InputFileError(path: path, position: "line \(line)", message: error.description)
        } catch let error as ArgumentError {
            throw InputFileError(path: path, position: "line \(line)", message: error.description)
        }
    }
}
