import Foundation
import Households
import Planner
import Store

extension District {
    /// Returned sheets: every row checked first (area, sheet version, stop, outcome, date;
    /// its line is named), then all of them recorded in one transaction.
    public func importDeliveries(path: String, now: Date = Date()) throws -> DeliveryReport {
        let rows = try DeliveryFile.read(path: path)
        let store = try existingStore()
        let today = Self.day(now)
        return try store.write(.deliveries) { tx in
            // One sheet per area and version asked for, however many rows it has.
            var sheets: [String: SheetStops] = [:]
            let reports = try rows.flatMap { row -> [Report] in
                try Self.naming(path, line: row.line) {
                    let time = try row.date.map { text -> Date in
                        if text.count == 10 { return try Self.reportTime(day: text, now: now) }
                        guard let date = DeliveryFile.parseDate(text), Self.day(date) <= today else {
                            throw ArgumentError("date \(text) is in the future (today is \(today))")
                        }
                        return date
                    } ?? now
                    let cacheKey = "\(row.area)/\(row.version ?? 0)"
                    let sheet = try sheets[cacheKey] ?? sheet(of: row.area, version: row.version, tx: tx)
                    sheets[cacheKey] = sheet
                    return try Self.stops(.stops([row.stop]), on: sheet, area: row.area).map {
                        Report(area: row.area, version: sheet.version, stop: $0, outcome: row.outcome, time: time, reporter: row.reporter)
                    }
                }
            }
            // Oldest first, so a later report in the file stands over an earlier one.
            return try record(reports.enumerated().sorted { ($0.element.time, $0.offset) < ($1.element.time, $1.offset) }.map(\.element), in: tx)
        }
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
