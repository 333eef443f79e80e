extension AreaCutter {
    /// Two connected halves of an area over the paper cap, each under it, as near equal
    /// in papers as any such pair; nil if there is none. In a dense city an area is a
    /// handful of doors of 30 papers each, METIS misses its balance by a door or two, and
    /// where every neighbour is full too no door can move: two short areas then cost less
    /// than giving up a cut of a thousand.
    func paperCapHalves(_ members: [Int], _ units: CutGraph) -> (first: [Int], second: [Int])? {
        guard members.count > 1 else { return nil }
        let sorted = members.sorted()
        let inArea = Set(sorted)
        let total = sorted.reduce(0) { $0 + units.papers[$1] }
        var best: (difference: Int, first: [Int])?
        for start in sorted {
            // A breadth-first order from `start` inside the area: each prefix is connected.
            var order = [start]
            var seen: Set<Int> = [start]
            var next = 0
            while next < order.count {
                for v in units.adjacency[order[next]] where inArea.contains(v) && !seen.contains(v) {
                    seen.insert(v)
                    order.append(v)
                }
                next += 1
            }
            var papers = 0
            for length in 1..<order.count {
                papers += units.papers[order[length - 1]]
                guard papers <= maxPapers, total - papers <= maxPapers else { continue }
                let difference = abs(total - 2 * papers)
                if let best, best.difference <= difference { continue }
                let first = Set(order.prefix(length))
                guard isConnected(sorted.filter { !first.contains($0) }, units) else { continue }
                best = (difference, first.sorted())
            }
        }
        return best.map { best in
            let first = Set(best.first)
            return (best.first, sorted.filter { !first.contains($0) })
        }
    }
}
