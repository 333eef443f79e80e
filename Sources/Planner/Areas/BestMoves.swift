import Geometry

extension AreaCutter {
    typealias Move = (unit: Int, from: Int, to: Int, gain: Double)
    /// Whether a move may be made: (the cut, unit, from, to).
    typealias MoveRule = (_ cut: Cut, _ unit: Int, _ from: Int, _ to: Int) -> Bool

    /// Makes the move with the largest gain that the rule allows and that leaves its donor
    /// connected, again and again, at most `limit` times or until none is left.
    ///
    /// A move changes only its two areas, so only their moves and the moves into them
    /// (from the areas beside them) can change: each area keeps its own best move, and
    /// only those areas are searched again. The moves are the same as searching every
    /// area after every move, which made refinement and rebalancing grow with the square
    /// of an association's size (Göteborg: Benchmarks/README.md, issue 18).
    func makeBestMoves(_ cut: inout Cut, _ units: CutGraph, limit: Int, allowing allowed: MoveRule = { _, _, _, _ in true }) {
        // Who points at each unit of the cut, for the areas whose moves lead into a changed one.
        var pointingAt: [Int: [Int]] = [:]
        for members in cut.areas {
            for m in members { for v in units.adjacency[m] where cut.region[v] != nil { pointingAt[v, default: []].append(m) } }
        }
        var best = cut.areas.indices.map { bestMove(from: $0, cut, units, allowed) }
        for _ in 0..<limit {
            var chosen: Move?
            for case let move? in best where chosen.map({ Self.ranks(move, above: $0) }) ?? true { chosen = move }
            guard let move = chosen else { break }
            cut.move(move.unit, from: move.from, to: move.to, units)
            var changed: Set<Int> = [move.from, move.to]
            for x in cut.areas[move.from] + cut.areas[move.to] {
                for w in pointingAt[x] ?? [] { if let area = cut.region[w] { changed.insert(area) } }
            }
            for area in changed { best[area] = bestMove(from: area, cut, units, allowed) }
        }
    }

    /// Largest gain first; ties by unit, then destination, so the choice never depends on order.
    static func ranks(_ a: Move, above b: Move) -> Bool {
        (a.gain, -a.unit, -a.to) > (b.gain, -b.unit, -b.to)
    }

    /// The best move out of one area that the rule allows and that leaves the area connected.
    private func bestMove(from: Int, _ cut: Cut, _ units: CutGraph, _ allowed: MoveRule) -> Move? {
        let members = cut.areas[from]
        guard members.count > 1 else { return nil }
        // Moves that even two areas by less than 2 % of the target are not worth their
        // search: on Karlstad they were most of the refinement's time.
        let minimumGain = 0.02 * targetSeconds
        var candidates: [Move] = []
        for m in members {
            for v in units.adjacency[m] {
                guard let to = cut.region[v], to != from else { continue }
                // Each area measured from its own goal: the sum of squared misses falls.
                let gain = (cut.load[from] - cut.goal[from]) - (cut.load[to] - cut.goal[to]) - units.seconds[m]
                if gain > minimumGain && cut.carried[to] + units.papers[m] <= maxPapers && allowed(cut, m, from, to) {
                    candidates.append((m, from, to, gain))
                }
            }
        }
        return candidates.sorted { Self.ranks($0, above: $1) }.first { stillConnected(members, without: $0.unit, units) }
    }
}
