import Foundation
import Planner
import Store
import Vocabulary

/// A tick from a volunteer's phone: one stop of one sheet version delivered, skipped or
/// undone, with the report's own id, the time it was made and the link it came through.
public struct PhoneTick: Sendable, Equatable {
    public enum Action: Sendable, Equatable {
        case delivered
        case skipped(DeliveryRecord.Reason)
        case undo
    }

    /// The token of the link the tick came through, as the link has it.
    public var link: String
    public var area: AreaID
    public var version: Int
    public var stop: Int
    public var action: Action
    public var reportID: String
    public var time: Date

    public init(link: String, area: AreaID, version: Int, stop: Int, action: Action, reportID: String, time: Date) {
        self.link = link
        self.area = area
        self.version = version
        self.stop = stop
        self.action = action
        self.reportID = reportID
        self.time = time
    }
}

extension District {
    /// Many phones' ticks in one write transaction, each tick in a savepoint of its own: each
    /// is wholly recorded or, if refused, wholly absent, exactly as if it had its own
    /// transaction (the rules of `deliver` and `undo`, the same code), and none is answered
    /// before the transaction is committed. Phones out at once share a commit instead of
    /// queueing for one each. Each tick's link is checked in the same transaction: a link
    /// revoked, or an area taken from its volunteer, refuses the ticks after it at once.
    public func recordTicks(_ ticks: [PhoneTick], now: Date = Date()) throws -> [Result<DeliveryReport, Error>] {
        try existingStore().write(.deliveries) { tx in
            ticks.map { tick in
                Result {
                    _ = try admit(token: tick.link, at: .volunteer, area: tick.area, now: now, tx: tx)
                    return try tx.savepoint {
                        let stops = StopSelection.stops([String(tick.stop)])
                        // The reporter is left out: the link, not a name, says who; no personal data is copied in.
                        switch tick.action {
                        case .undo:
                            return try undoDeliveries(area: tick.area, version: tick.version, stops: stops, reportID: tick.reportID, now: tick.time, tx: tx)
                        case .delivered:
                            return try deliver(
                                area: tick.area, version: tick.version, stops: stops, outcome: .delivered, by: nil, time: tick.time, reportID: tick.reportID,
                                now: tick.time, tx: tx)
                        case .skipped(let reason):
                            return try deliver(
                                area: tick.area, version: tick.version, stops: stops, outcome: .skipped(reason), by: nil, time: tick.time,
                                reportID: tick.reportID, now: tick.time, tx: tx)
                        }
                    }
                }
            }
        }
    }
}
