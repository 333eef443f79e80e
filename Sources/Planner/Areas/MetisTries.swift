/// METIS's side of a piece's cut: the tries of more parts, each a whole METIS run, and
/// the paper cap restored after each.
extension AreaCutter {
    /// METIS's parts of the goals' sizes, kept only if every part is connected and the
    /// paper cap can be restored; otherwise k + 1 even parts, and so on up to a quarter more
    /// areas than the time asks for (`extraParts`): after a jump, the fewest parts between
    /// that cut, found by halving, as trying one more at a time would have found them.
    func partitioned(_ members: [Int], goals: [Double], _ units: CutGraph) -> Cut? {
        let k = goals.count
        var failed = -1
        for batch in Self.tryBatches(Self.extraParts(upTo: max(1, k / 4)), atOnce: MetisPartition.runsConcurrently ? 2 : 1) {
            // Tries of a batch run at once; the first that decides is taken, as one at a time took it.
            let outcomes = batch.concurrentMap { metisCut(members, parts: k + $0, goals: goals, units) }
            for (extra, outcome) in zip(batch, outcomes) {
                switch outcome {
                case .refused: return nil
                case .overCap: failed = extra
                case .cut(var best):
                    var (low, high) = (failed, extra)
                    while high - low > 1 {
                        let middle = (low + high) / 2
                        switch metisCut(members, parts: k + middle, goals: goals, units) {
                        case .refused: return nil
                        case .overCap: low = middle
                        case .cut(let cut): (best, high) = (cut, middle)
                        }
                    }
                    return best
                }
            }
        }
        return nil
    }

    /// The tries in batches run at once: the first alone (most pieces cut at once, and a
    /// second try beside it would be wasted), then `atOnce` at a time. Göteborg's piece
    /// failed all 15 of its tries, one METIS run each, one after the other.
    static func tryBatches(_ tries: [Int], atOnce: Int) -> [[Int]] {
        guard let first = tries.first else { return [] }
        let rest = Array(tries.dropFirst())
        return [[first]] + stride(from: 0, to: rest.count, by: max(1, atOnce)).map { Array(rest[$0..<min($0 + max(1, atOnce), rest.count)]) }
    }

    private enum MetisTry {
        /// METIS gave no partition, or a part is not connected: no METIS cut for this piece.
        case refused
        /// The paper cap could not be restored.
        case overCap
        case cut(Cut)
    }

    /// One METIS run: the goals' shares for `parts == goals.count`, else even parts.
    private func metisCut(_ members: [Int], parts: Int, goals: [Double], _ units: CutGraph) -> MetisTry {
        let shares = parts == goals.count ? goals : Array(repeating: targetSeconds, count: parts)
        let total = shares.reduce(0, +)
        guard let assignment = MetisPartition.parts(
            of: members, in: units, parts: parts, shares: shares.map { $0 / total }, maxPapers: maxPapers, seed: 1,
            edgeWeight: edgeWeight(units)) else { return .refused }
        var areas = [[Int]](repeating: [], count: parts)
        for (m, p) in zip(members, assignment) { areas[p].append(m) }
        guard areas.allSatisfy({ !$0.isEmpty && isConnected($0, units) }) else { return .refused }
        var cut = Cut(areas: areas, goals: shares, units)
        // A split leaves two short areas. In a small piece a try of one more part may fit
        // every area instead; in a city's piece of a thousand areas, where every try missed
        // by a few dozen, a few splits cost less than all the tries.
        return restorePaperCap(&cut, units, splitsAllowed: parts / Self.partsPerSplit) ? .cut(cut) : .overCap
    }

    /// A METIS cut may split one area in this many to keep the paper cap.
    static let partsPerSplit = 20

    /// How many parts more than the goals each try asks METIS for: one more at a time up to
    /// 8, then twice as many more each time, and the most allowed last. Each try is a whole
    /// METIS run on the piece: the generated Göteborg's piece of 1,068 areas failed all 267
    /// tries of one more at a time, about 190 s of the region's plan.
    static func extraParts(upTo most: Int) -> [Int] {
        var extra = Array(0...min(most, 8))
        var next = 16
        while next < most {
            extra.append(next)
            next *= 2
        }
        if most > 8 { extra.append(most) }
        return extra
    }

    /// Moves units out of areas over the paper cap, each unit at most once: to a
    /// neighbour with room if there is one, else to the neighbour with the fewest
    /// papers, which then passes units on in turn (an ejection chain). An area that can
    /// pass on nothing is split in two, up to `splitsAllowed` times.
    private func restorePaperCap(_ cut: inout Cut, _ units: CutGraph, splitsAllowed: Int) -> Bool {
        var moved: Set<Int> = []
        var splitsLeft = splitsAllowed
        while let over = cut.areas.indices.first(where: { cut.carried[$0] > maxPapers && cut.areas[$0].count > 1 }) {
            let moves = cut.areas[over].flatMap { m in
                units.adjacency[m].compactMap { v -> (unit: Int, to: Int)? in
                    guard !moved.contains(m), let to = cut.region[v], to != over else { return nil }
                    return (m, to)
                }
            }.sorted { a, b in
                let aFits = cut.carried[a.to] + units.papers[a.unit] <= maxPapers
                let bFits = cut.carried[b.to] + units.papers[b.unit] <= maxPapers
                if aFits != bFits { return aFits }
                return (cut.carried[a.to], a.unit, a.to) < (cut.carried[b.to], b.unit, b.to)
            }
            guard let move = moves.first(where: { stillConnected(cut.areas[over], without: $0.unit, units) }) else {
                guard splitsLeft > 0, let halves = paperCapHalves(cut.areas[over], units) else { return false }
                cut.split(over, off: halves.second, units)
                splitsLeft -= 1
                continue
            }
            moved.insert(move.unit)
            cut.move(move.unit, from: over, to: move.to, units)
        }
        return true
    }

    /// Separating two units costs four times more than separating them where a
    /// barrier or a long empty street already does, so borders follow main roads,
    /// railways and rivers.
    private func edgeWeight(_ units: CutGraph) -> (Int, Int) -> Int32 {
        { a, b in units.isBorderLink(a, b) ? 1 : 4 }
    }
}
