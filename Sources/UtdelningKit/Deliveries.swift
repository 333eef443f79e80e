import Foundation
import Households
import Planner
import Store

/// What a delivery report did.
public struct DeliveryReport: Sendable, Codable, Equatable {
    /// New records written.
    public var recorded: Int
    /// Reports that changed nothing (already so).
    public var repeated: Int
    /// Points whose standing records were undone.
    public var undone: Int
}

extension District {
    /// Which of an area's stops a report is about.
    public enum StopSelection: Sendable, Equatable {
        case all
        /// Stop numbers as on the sheet ("7"), or point keys ("n123").
        case stops([String])
    }

    public enum DeliveryOutcome: Sendable, Equatable {
        case delivered
        case skipped(DeliveryRecord.Reason)
    }

    /// Records deliveries or skips at an area's stops in one transaction. Re-reporting the
    /// same thing writes nothing; a delivered point stays delivered until undone.
    public func deliver(area: Int64, stops: StopSelection, outcome: DeliveryOutcome, by reporter: String?, at time: Date = Date()) throws -> DeliveryReport {
        let store = try existingStore()
        let reports = try resolve(area: area, stops: stops, store: store).map { (area, $0, outcome, time, reporter) }
        return try record(reports, store: store)
    }

    public func undoDeliveries(area: Int64, stops: StopSelection) throws -> DeliveryReport {
        let store = try existingStore()
        let keys = try resolve(area: area, stops: stops, store: store)
        let undone = try store.write { tx in try tx.undoDeliveries(pointKeys: keys) }
        return DeliveryReport(recorded: 0, repeated: 0, undone: undone)
    }

    private func resolve(area id: Int64, stops: StopSelection, store: DistrictStore) throws -> [String] {
        guard let area = try store.read({ tx in try tx.areas() }).first(where: { $0.id == id }) else {
            throw InputFileError(path: databasePath, message: "no area \(id)")
        }
        return try Self.keys(of: stops, in: area.route, area: id, path: databasePath, position: "")
    }

    static func keys(of stops: StopSelection, in route: [String], area: Int64, path: String, position: String) throws -> [String] {
        guard case .stops(let wanted) = stops else { return route }
        let members = Set(route)
        return try wanted.map { item in
            let text = item.trimmingCharacters(in: .whitespaces)
            if let number = Int(text) {
                guard number >= 1 && number <= route.count else {
                    throw InputFileError(path: path, position: position, message: "area \(area) has stops 1–\(route.count); no stop \(number)")
                }
                return route[number - 1]
            }
            guard members.contains(text) else { throw InputFileError(path: path, position: position, message: "'\(text)' is not a stop of area \(area)") }
            return text
        }
    }

    /// Each report with its own time and reporter, in the order given.
    func record(
        _ reports: [(area: Int64, key: String, outcome: DeliveryOutcome, time: Date, reporter: String?)], store: DistrictStore
    ) throws -> DeliveryReport {
        try store.write { tx in
            let households = Dictionary(uniqueKeysWithValues: try tx.points().map { ($0.point.key, $0.count.households) })
            var standings = DeliveryState.standings(try tx.deliveries())
            var report = DeliveryReport(recorded: 0, repeated: 0, undone: 0)
            for (area, key, outcome, time, reporter) in reports {
                let stamp = Self.timestamp(time)
                let (result, reason): (DeliveryRecord.Outcome, DeliveryRecord.Reason?) = switch outcome {
                case .delivered: (.delivered, nil)
                case .skipped(let why): (.skipped, why)
                }
                let record = DeliveryRecord(
                    pointKey: key, outcome: result, reason: reason, households: households[key] ?? 0, reportedAt: stamp, reporter: reporter)
                if DeliveryState.isRepeat(record, of: standings[key]) {
                    report.repeated += 1
                    continue
                }
                try tx.addDelivery(record, area: area)
                standings[key] = DeliveryState.Standing(outcome: record.outcome, reason: record.reason, reportedAt: stamp)
                report.recorded += 1
            }
            return report
        }
    }

    /// "2030-08-20T18:00:00Z".
    static func timestamp(_ date: Date) -> String { date.formatted(.iso8601) }

    /// "2030-08-20", the UTC day.
    static func day(_ date: Date) -> String { String(timestamp(date).prefix(10)) }
}
