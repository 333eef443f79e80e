import Foundation
import Households
import Planner
import Store
import Vocabulary

/// What a delivery report did.
public struct DeliveryReport: Sendable, Codable, Equatable {
    /// New records written.
    public var recorded: Int
    /// Reports that changed nothing (already so).
    public var repeated: Int
    /// Points whose standing records were undone.
    public var undone: Int
    /// The sheet version the stop numbers were read against.
    public var version: Int?
}

extension District {
    /// Which of an area's stops a report is about.
    public enum StopSelection: Sendable, Equatable {
        /// The stops of the sheet that have no report yet: a skip already reported stands.
        case all
        /// Stop numbers as on the sheet ("7"), ranges as the sheet prints them ("12-15",
        /// "12–15"), or point keys ("n123").
        case stops([String])
    }

    public enum DeliveryOutcome: Sendable, Equatable {
        case delivered
        case skipped(DeliveryRecord.Reason)
    }

    /// Records deliveries or skips at an area's stops in one transaction. Stop numbers are
    /// read against the sheet `version` (by default the one printed, which must still be
    /// the current one); re-reporting the same thing writes nothing.
    /// - Parameters:
    ///   - day: the day the report describes (YYYY-MM-DD), not after today; nil for now.
    ///   - reportID: the report's own id (a phone's): a report whose id came before changes nothing.
    ///   - edit: a sheet recorded by hand in the console: checked and audited with it.
    public func deliver(
        area: AreaID, version: Int? = nil, stops: StopSelection, outcome: DeliveryOutcome, by reporter: String?, day: String? = nil,
        reportID: String? = nil, now: Date = Date(), edit: StaffEdit? = nil
    ) throws -> DeliveryReport {
        let time = try Self.reportTime(day: day, now: now)
        // The sheet is read in the same transaction the reports are written in, so neither
        // a re-plan nor another report can come in between.
        return try existingStore().write(.deliveries) { tx in
            try edit?.check(area: area, tx)
            let report = try deliver(area: area, version: version, stops: stops, outcome: outcome, by: reporter, time: time, reportID: reportID, now: now, tx: tx)
            try edit?.audit(.deliver, area: area, tx)
            return report
        }
    }

    func deliver(
        area: AreaID, version: Int?, stops: StopSelection, outcome: DeliveryOutcome, by reporter: String?, time: Date, reportID: String?, now: Date,
        tx: StoreTransaction
    ) throws -> DeliveryReport {
        let sheet = try self.sheet(of: area, version: version, tx: tx)
        let sheetVersion = sheet.version
        if let seen = try Self.receivedBefore(reportID, now: now, tx: tx) { return seen }
        let reports = try Self.stops(stops, on: sheet, area: area).map {
            Report(area: area, version: sheetVersion, stop: $0, outcome: outcome, time: time, reporter: reporter, onlyIfUnreported: stops == .all)
        }
        var report = try record(reports, in: tx)
        report.version = sheetVersion
        return report
    }

    public func undoDeliveries(area: AreaID, version: Int? = nil, stops: StopSelection, reportID: String? = nil, now: Date = Date()) throws -> DeliveryReport {
        try existingStore().write(.deliveries) { tx in try undoDeliveries(area: area, version: version, stops: stops, reportID: reportID, now: now, tx: tx) }
    }

    func undoDeliveries(area: AreaID, version: Int?, stops: StopSelection, reportID: String?, now: Date, tx: StoreTransaction) throws -> DeliveryReport {
        let sheet = try sheet(of: area, version: version, tx: tx)
        if let seen = try Self.receivedBefore(reportID, now: now, tx: tx) { return seen }
        let keys = try Self.stops(stops, on: sheet, area: area).map(\.pointKey)
        return DeliveryReport(recorded: 0, repeated: 0, undone: try tx.undoDeliveries(pointKeys: keys), version: sheet.version)
    }

    /// What a report whose id was received before does: nothing. Any other id is kept, in
    /// the report's own transaction, so it counts once however often a phone sends it.
    static func receivedBefore(_ reportID: String?, now: Date, tx: StoreTransaction) throws -> DeliveryReport? {
        guard let reportID else { return nil }
        guard (8...64).contains(reportID.count), reportID.allSatisfy(LinkToken.urlSafe.contains) else {
            throw ArgumentError("a report id is 8 to 64 letters, digits, '-' or '_'")
        }
        return try tx.receiveReport(id: reportID, at: timestamp(now)) ? nil : DeliveryReport(recorded: 0, repeated: 1, undone: 0)
    }

    /// The sheet a report was made from: the version given, else the printed one, which must
    /// still be current (else a number could name another door), else the current one.
    func sheet(of id: AreaID, version: Int?, tx: StoreTransaction) throws -> SheetStops {
        guard let area = try tx.areaHeader(id: id) else { throw DistrictError.noArea(id) }
        if let version {
            let sheet = try SheetStops(area: id, version: version, tx: tx)
            guard sheet.count > 0 else {
                throw DistrictError.noSheetVersion(area: id, version: version, latest: area.version)
            }
            return sheet
        }
        if let printed = area.printedVersion, printed != area.version {
            throw DistrictError.sheetChanged(area: id, printed: printed, current: area.version)
        }
        return try SheetStops(area: id, version: area.version, tx: tx)
    }

    /// The stops chosen on one sheet, in the order given, each once.
    static func stops(_ selection: StopSelection, on sheet: SheetStops, area: AreaID) throws -> [PrintedStop] {
        guard case .stops(let wanted) = selection else { return try sheet.all() }
        var chosen: [PrintedStop] = []
        var seen = Set<PointKey>()
        for item in wanted {
            let text = item.trimmingCharacters(in: .whitespaces)
            let numbers: ClosedRange<Int>
            if let range = StopRange(text) {
                guard range.first >= 1 && range.last <= sheet.count else {
                    throw DistrictError.noStopNumber(range.last > sheet.count ? range.last : range.first, area: area, version: sheet.version, stops: sheet.count)
                }
                numbers = range.first...range.last
            } else if let number = try sheet.number(of: PointKey(text)) {
                numbers = number...number
            } else {
                throw DistrictError.notAStop(text, area: area, version: sheet.version)
            }
            for stop in try sheet.stops(numbers) where seen.insert(stop.pointKey).inserted { chosen.append(stop) }
        }
        return chosen
    }

    struct Report {
        var area: AreaID
        var version: Int
        var stop: PrintedStop
        var outcome: DeliveryOutcome
        var time: Date
        var reporter: String?
        /// "All": a door already reported, or gone from the district since the print, is passed over.
        var onlyIfUnreported = false
    }

    /// Each report with its own time and reporter, in the order given, in one transaction. A
    /// door no longer in the district is refused: its report would count nobody.
    func record(_ reports: [Report], in tx: StoreTransaction) throws -> DeliveryReport {
        let keys = reports.map(\.stop.pointKey)
        let existing = try tx.existingPoints(among: keys)
        var standings = DeliveryState.standings(try tx.deliveries(pointKeys: keys))
        var report = DeliveryReport(recorded: 0, repeated: 0, undone: 0)
        for r in reports {
            if r.onlyIfUnreported && (standings[r.stop.pointKey] != nil || !existing.contains(r.stop.pointKey)) { continue }
            guard existing.contains(r.stop.pointKey) else {
                throw DistrictError.stopGone(area: r.area, version: r.version, pointKey: r.stop.pointKey)
            }
            let (result, reason): (DeliveryRecord.Outcome, DeliveryRecord.Reason?) = switch r.outcome {
            case .delivered: (.delivered, nil)
            case .skipped(let why): (.skipped, why)
            }
            let record = DeliveryRecord(
                pointKey: r.stop.pointKey, outcome: result, reason: reason, households: r.stop.households, reportedAt: Self.timestamp(r.time),
                reporter: r.reporter, area: r.area)
            if DeliveryState.isRepeat(record, of: standings[record.pointKey]) {
                report.repeated += 1
                continue
            }
            try tx.addDelivery(record, area: r.area, version: r.version)
            if (standings[record.pointKey]?.reportedAt ?? "") <= record.reportedAt {
                standings[record.pointKey] = DeliveryState.Standing(
                    outcome: record.outcome, reason: record.reason, reportedAt: record.reportedAt, households: record.households, area: r.area)
            }
            report.recorded += 1
        }
        return report
    }

    /// When a report happened: now, or noon of the day it describes; never after today.
    static func reportTime(day: String?, now: Date) throws -> Date {
        guard let day else { return now }
        guard DistrictConfig.isDate(day), let noon = DeliveryFile.parseDate(day + "T12:00:00Z") else {
            throw ArgumentError("date '\(day)' is not YYYY-MM-DD")
        }
        let today = Self.day(now)
        guard day <= today else { throw ArgumentError("date \(day) is in the future (today is \(today))") }
        return day == today ? now : noon
    }

    /// "2030-08-20T18:00:00Z".
    static func timestamp(_ date: Date) -> String { date.formatted(.iso8601) }

    /// "2030-08-20", the UTC day.
    static func day(_ date: Date) -> String { String(timestamp(date).prefix(10)) }
}

/// "12", "12-15" or "12–15" (as sheets print shared labels): stop numbers from first to last.
struct StopRange: Equatable {
    var first: Int
    var last: Int

    init?(_ text: String) {
        let parts = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "-" || $0 == "–" }).map { $0.trimmingCharacters(in: .whitespaces) }
        guard (1...2).contains(parts.count), let first = Int(parts[0]), let last = Int(parts[parts.count - 1]), first <= last else { return nil }
        self.first = first
        self.last = last
    }
}
