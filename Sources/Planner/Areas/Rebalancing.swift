import Vocabulary

extension AreaCutter {
    /// Evens areas that came out outside the tolerance with their neighbours: a
    /// boundary unit moves from the heavier to the lighter of two areas when one of
    /// them is outside, no more of the two end outside than before, the paper cap
    /// holds and the donor stays connected. `units.seconds` are calibrated so that an
    /// area's units add up to its measured time, which the cut's estimate missed.
    /// - Returns: the areas in the same order, each ascending.
    public func rebalance(_ areas: [[Int]], _ units: CutGraph) -> [[Int]] {
        var cut = Cut(areas: areas, units)
        func outside(_ load: Double) -> Int { target.isWithin(Seconds(load)) ? 0 : 1 }
        makeBestMoves(&cut, units, limit: 10 * max(1, areas.count)) { cut, unit, from, to in
            let before = outside(cut.load[from]) + outside(cut.load[to])
            let after = outside(cut.load[from] - units.seconds[unit]) + outside(cut.load[to] + units.seconds[unit])
            return before > 0 && after <= before
        }
        return cut.areas.map { $0.sorted() }
    }
}
