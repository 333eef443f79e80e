import Vocabulary

/// What changed inside a handed-out area since its sheet was printed: it is not recut, so
/// the coordinator sends the extra papers or crosses out the doors that are gone.
public struct TopUp: Sendable, Equatable, Codable {
    public struct Stop: Sendable, Equatable, Codable {
        /// The stop's number on the sheet.
        public var stop: Int
        public var pointKey: PointKey
        public var householdsOnSheet: Int
        /// Nil when the address is gone from the district.
        public var householdsNow: Int?
    }

    public var area: AreaID
    public var version: Int
    /// More households than the sheet has papers for, over all its stops.
    public var papersToAdd: Int
    /// Stops whose address is gone.
    public var doorsGone: Int
    public var stops: [Stop]

    /// Nil when every stop still has the households printed.
    /// - Parameters:
    ///   - householdsNow: today's households of every point in the district.
    ///   - delivered: households delivered at a door, from the sheet it was reported on;
    ///     they stand for that door's papers, whatever a later sheet version printed.
    public static func of(area: AreaID, version: Int, sheet: [PrintedStop], householdsNow: [PointKey: Int], delivered: [PointKey: Int] = [:]) -> TopUp? {
        let changed = sheet.enumerated().compactMap { index, printed -> Stop? in
            let now = householdsNow[printed.pointKey]
            let given = delivered[printed.pointKey] ?? printed.households
            guard now != given else { return nil }
            return Stop(stop: index + 1, pointKey: printed.pointKey, householdsOnSheet: given, householdsNow: now)
        }
        guard !changed.isEmpty else { return nil }
        return TopUp(
            area: area, version: version,
            papersToAdd: changed.reduce(0) { $0 + max(0, ($1.householdsNow ?? 0) - $1.householdsOnSheet) },
            doorsGone: changed.filter { $0.householdsNow == nil }.count, stops: changed)
    }
}
