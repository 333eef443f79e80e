import Households
import Wording

/// Known totals per region, for the terminal: the table `import totals` prints, and the
/// warnings every other import repeats while the totals stand.
extension ReportText {
    public static func knownTotals(_ outcomes: [KnownTotalOutcome]) -> String {
        let width = max(12, outcomes.map(\.label.count).max() ?? 0)
        var lines = ["region".padding(toLength: width, withPad: " ", startingAt: 0)
            + pad("estimate before", 17) + pad("known", 10) + pad("factor", 8) + pad("now", 10)]
        for o in outcomes {
            lines.append(o.label.padding(toLength: width, withPad: " ", startingAt: 0) + pad(o.estimateBefore.grouped, 17)
                + pad(o.known.grouped + (o.counted == .dwellings ? "*" : ""), 10) + pad(o.factor.map { $0.grouped(decimals: 3) } ?? "–", 8)
                + pad(o.householdsNow.grouped, 10))
        }
        if outcomes.contains(where: { $0.counted == .dwellings }) { lines.append("* dwellings, taken as households: each gets a paper") }
        lines += knownTotalWarnings(outcomes)
        return lines.joined(separator: "\n")
    }

    /// A line for each region whose total was not met or lies far from the estimate.
    static func knownTotalWarnings(_ outcomes: [KnownTotalOutcome]) -> [String] {
        outcomes.compactMap { o in
            let known = o.known.counting("known household", "known households")
            switch o.status {
            case .fixedAboveTotal:
                return "  warning: \(o.label): explicit and default counts alone give \(o.fixedHouseholds.grouped), more than \(known): not scaled"
            case .nothingToScale:
                return "  warning: \(o.label): no estimated households to scale: \(o.householdsNow.grouped) against \(known)"
            case .doorsAboveTotal:
                return "  warning: \(o.label): every estimated door keeps one household, and that alone exceeds \(known): not scaled"
            case .matched:
                guard o.isFarOff, let factor = o.factor else { return nil }
                let percent = Int((abs(factor - 1) * 100).rounded())
                return factor > 1
                    ? "  warning: \(o.label): \(known) are \(percent) % more than estimated: addresses are probably missing from the map"
                    : "  warning: \(o.label): \(known) are \(percent) % fewer than estimated: businesses may be counted as homes (households check)"
            }
        }
    }
}
