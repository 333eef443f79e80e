import Vocabulary

extension AreaCutter {
    /// Evens areas that came out outside the tolerance with their neighbours: a
    /// boundary unit moves from the heavier to the lighter of two areas when one of
    /// them is outside, no more of the two end outside than before, the paper cap
    /// holds and the donor stays connected. Where the two together are too little (or
    /// too much) for both to be within, a move leaves an area that is within no nearer
    /// the edge of the tolerance than `margin` of it, unless nearer the target than
    /// before: a remainder (of a piece no number of areas divides) would otherwise draw
    /// its neighbours to the very edge, and the next routing pushes them over. `units.seconds` are calibrated so that an
    /// area's units add up to its measured time, which the cut's estimate missed.
    /// - Returns: the areas in the same order, each ascending.
    public func rebalance(_ areas: [[Int]], _ units: CutGraph) -> [[Int]] {
        var cut = Cut(areas: areas, goals: Array(repeating: targetSeconds, count: areas.count), units)
        func outside(_ load: Double) -> Int { target.isWithin(Seconds(load)) ? 0 : 1 }
        let safe = (1 - Self.margin) * target.tolerance * targetSeconds
        func keepsMargin(_ before: Double, _ after: Double) -> Bool {
            outside(before) == 1 || abs(after - targetSeconds) <= safe || abs(after - targetSeconds) < abs(before - targetSeconds)
        }
        makeBestMoves(&cut, units, limit: 10 * max(1, areas.count)) { cut, unit, from, to in
            let (fromAfter, toAfter) = (cut.load[from] - units.seconds[unit], cut.load[to] + units.seconds[unit])
            let before = outside(cut.load[from]) + outside(cut.load[to])
            let after = outside(fromAfter) + outside(toAfter)
            guard before > 0 && after <= before else { return false }
            let bothCanBeWithin = target.isWithin(Seconds((cut.load[from] + cut.load[to]) / 2))
            return after < before || bothCanBeWithin || (keepsMargin(cut.load[from], fromAfter) && keepsMargin(cut.load[to], toAfter))
        }
        return cut.areas.map { $0.sorted() }
    }

    /// The share of the tolerance kept clear at its edges by moves that bring no area within.
    static let margin = 1.0 / 3
}
