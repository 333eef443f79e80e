import Vocabulary

/// Where an area stands in the campaign. Only an area whose every household got its paper
/// is delivered; one whose every door was reported, some of them skipped, is not.
public enum AreaStatus: String, Sendable, Codable, CaseIterable {
    case planned
    case assigned
    case inProgress = "in-progress"
    case doneWithSkips = "done-with-skips"
    case delivered

    /// - Parameters:
    ///   - area: the area's id; a skip reported on another area's sheet is still to be tried here.
    ///   - route: the area's current stops.
    ///   - householdsNow: each stop's households today; a stop delivered from a sheet with
    ///     fewer is not wholly delivered.
    public init(area: AreaID?, route: [PointKey], assigned: Bool, standings: [PointKey: DeliveryState.Standing], householdsNow: [PointKey: Int]) {
        let reported = route.compactMap { key in standings[key].flatMap { DeliveryState.counts($0, forArea: area) ? (key, $0) : nil } }
        if route.isEmpty || reported.isEmpty {
            self = assigned ? .assigned : .planned
        } else if reported.count < route.count {
            self = .inProgress
        } else if reported.allSatisfy({ key, standing in
            standing.outcome == .delivered && DeliveryState.reached(standing, householdsNow: householdsNow[key] ?? 0) >= (householdsNow[key] ?? 0)
        }) {
            self = .delivered
        } else {
            self = .doneWithSkips
        }
    }

    /// Counted as done by the board.
    public var isDone: Bool { self == .delivered }
}
