import Foundation
import Geometry
import Vocabulary

/// Scales the estimated households of the points in each region so that the region adds up
/// to its known total. Explicit counts (a register, `building:flats`) and default ones (a house
/// is one household, a school none) are facts or firm rules and never change; the estimates,
/// footprint × levels ÷ m² per dwelling, take up the whole difference.
/// Pure: it runs after every derivation, on the estimate as derived, so it never compounds.
public struct KnownTotalScaling: Sendable {
    public let totals: [KnownTotal]

    public init(totals: [KnownTotal]) {
        self.totals = totals
    }

    /// Point key → region code, for the points in some region. Where regions overlap, the
    /// smaller one takes the point (as with associations).
    public func regionOfPoint(_ points: [DeliveryPoint]) throws -> [PointKey: String] {
        guard !totals.isEmpty else { return [:] }
        let locator = try AssociationAssigner(boundaries: totals.map { Boundary(name: $0.code, shape: $0.shape) })
        var region: [PointKey: String] = [:]
        for point in points {
            if let code = try locator.association(at: point.coordinate) { region[point.key] = code }
        }
        return region
    }

    /// - Returns: the counts with each region's estimates scaled, and per region (in code
    ///   order) what it was, what it is now and whether the total could be met.
    public func scale(_ counts: [PointKey: HouseholdCount], regionOfPoint: [PointKey: String]) -> (
        counts: [PointKey: HouseholdCount], outcomes: [KnownTotalOutcome]
    ) {
        var keysOfRegion: [String: [PointKey]] = [:]
        for (key, code) in regionOfPoint where counts[key] != nil { keysOfRegion[code, default: []].append(key) }
        var scaled = counts
        var outcomes: [KnownTotalOutcome] = []
        for total in totals.sorted(by: { $0.code < $1.code }) {
            let keys = (keysOfRegion[total.code] ?? []).sorted()
            let before = keys.reduce(0) { $0 + (counts[$1]?.households ?? 0) }
            let estimated = keys.filter { counts[$0]?.source == .estimated }
            let fixed = before - estimated.reduce(0) { $0 + (counts[$1]?.households ?? 0) }
            let target = total.known - fixed
            let shares = LargestRemainder.apportion(target, among: estimated.map { key in
                let households = counts[key]?.households ?? 0
                return LargestRemainder.Share(key: key, weight: households, minimum: min(households, 1))
            })
            let status: KnownTotalOutcome.Status
            if target < 0 {
                status = .fixedAboveTotal
            } else if let shares {
                status = .matched
                let factor = Self.factorText(Double(target) / Double(before - fixed))
                for key in estimated {
                    guard var count = counts[key], let households = shares[key], households != count.households else { continue }
                    count.households = households
                    count.rule += ", × \(factor) to the known total of \(total.name ?? total.code)"
                    scaled[key] = count
                }
            } else if before == fixed {
                status = target == 0 ? .matched : .nothingToScale
            } else {
                status = .doorsAboveTotal
            }
            outcomes.append(KnownTotalOutcome(
                code: total.code, name: total.name, counted: total.counted, estimateBefore: before, known: total.known,
                fixedHouseholds: fixed, householdsNow: keys.reduce(0) { $0 + (scaled[$1]?.households ?? 0) }, status: status))
        }
        return (scaled, outcomes)
    }

    static func factorText(_ factor: Double) -> String { String(format: "%.3f", factor) }
}
