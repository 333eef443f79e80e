import Geometry

/// What the cutter sees: pieces with a work time, papers and a position, and which
/// pieces touch.
public struct CutGraph: Sendable {
    public var seconds: [Double]
    public var papers: [Int]
    public var centers: [PlanarPoint]
    /// Neighbours of each piece, ascending.
    public var adjacency: [[Int]]

    public init(seconds: [Double], papers: [Int], centers: [PlanarPoint], adjacency: [[Int]]) {
        self.seconds = seconds
        self.papers = papers
        self.centers = centers
        self.adjacency = adjacency
    }

    public var count: Int { seconds.count }
}

/// Cuts delivery units into areas of about the target work time: each connected
/// piece of the unit graph gets k areas (its time ÷ the target, rounded, and enough
/// for the paper cap); k seeds far apart grow in turn, the lightest area first,
/// each taking the unassigned neighbour nearest its seed; then boundary units move
/// from heavier to lighter neighbours while that evens the two and leaves the
/// donor connected. Every unit ends in exactly one area, and every area is connected.
public struct AreaCutter: Sendable {
    public let targetSeconds: Double
    public let maxPapers: Int

    public init(targetSeconds: Double, maxPapers: Int) {
        self.targetSeconds = targetSeconds
        self.maxPapers = maxPapers
    }

    /// Unit indices per area, each ascending; areas ordered by their first unit.
    public func cut(_ units: CutGraph) -> [[Int]] {
        cut(units, pieces: components(units))
    }

    /// Cuts only the given connected pieces of the graph.
    public func cut(_ units: CutGraph, pieces: [[Int]]) -> [[Int]] {
        var areas: [[Int]] = []
        for component in pieces {
            areas += cutComponent(component, units)
        }
        return areas.map { $0.sorted() }.sorted { ($0.first ?? 0) < ($1.first ?? 0) }
    }

    func components(_ units: CutGraph) -> [[Int]] {
        var seen = [Bool](repeating: false, count: units.count)
        var result: [[Int]] = []
        for start in 0..<units.count where !seen[start] {
            var stack = [start]
            var members: [Int] = []
            seen[start] = true
            while let u = stack.popLast() {
                members.append(u)
                for v in units.adjacency[u] where !seen[v] {
                    seen[v] = true
                    stack.append(v)
                }
            }
            result.append(members.sorted())
        }
        return result
    }

    private func cutComponent(_ members: [Int], _ units: CutGraph) -> [[Int]] {
        let seconds = members.reduce(0.0) { $0 + units.seconds[$1] }
        let papers = members.reduce(0) { $0 + units.papers[$1] }
        let k = max(1, Int((seconds / targetSeconds).rounded()), (papers + maxPapers - 1) / maxPapers)
        guard k > 1 else { return [members] }

        // Seeds: the unit farthest from the middle, then each next farthest from those chosen.
        let meanX = members.reduce(0.0) { $0 + units.centers[$1].x } / Double(members.count)
        let meanY = members.reduce(0.0) { $0 + units.centers[$1].y } / Double(members.count)
        func d2(_ a: PlanarPoint, _ b: PlanarPoint) -> Double { (a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y) }
        var seeds = [members.max { (d2(units.centers[$0], PlanarPoint(x: meanX, y: meanY)), -$0) < (d2(units.centers[$1], PlanarPoint(x: meanX, y: meanY)), -$1) } ?? members[0]]
        var nearestSeed = members.map { d2(units.centers[$0], units.centers[seeds[0]]) }
        while seeds.count < min(k, members.count) {
            // Never a unit already chosen, even where pieces share a position (runs of one street).
            let chosen = Set(seeds)
            guard let pick = members.indices.filter({ !chosen.contains(members[$0]) })
                .max(by: { (nearestSeed[$0], -$0) < (nearestSeed[$1], -$1) }) else { break }
            seeds.append(members[pick])
            for (i, m) in members.enumerated() { nearestSeed[i] = min(nearestSeed[i], d2(units.centers[m], units.centers[members[pick]])) }
        }

        var region = [Int: Int]()  // unit → area
        var load = [Double](repeating: 0, count: seeds.count)
        var carried = [Int](repeating: 0, count: seeds.count)
        var origin = seeds.map { units.centers[$0] }
        var open = [Bool](repeating: true, count: seeds.count)
        for (r, seed) in seeds.enumerated() {
            region[seed] = r
            load[r] = units.seconds[seed]
            carried[r] = units.papers[seed]
        }
        var unassigned = Set(members).subtracting(seeds)
        var areaMembers = seeds.map { [$0] }
        while !unassigned.isEmpty {
            guard let r = open.indices.filter({ open[$0] }).min(by: { (load[$0], $0) < (load[$1], $1) }) else {
                // Every area is closed in: a pocket left between areas joins the lightest
                // area beside it that has room for its papers and its time.
                let pocket = unassigned.sorted().lazy.compactMap { v -> (unit: Int, area: Int)? in
                    let beside = units.adjacency[v].compactMap { region[$0] }.filter {
                        carried[$0] + units.papers[v] <= maxPapers && load[$0] + units.seconds[v] <= targetSeconds * 1.15
                    }
                    return beside.min { (load[$0], $0) < (load[$1], $1) }.map { (v, $0) }
                }.first
                if let (v, area) = pocket {
                    unassigned.remove(v)
                    region[v] = area
                    areaMembers[area].append(v)
                    load[area] += units.seconds[v]
                    carried[area] += units.papers[v]
                    continue
                }
                // Nothing beside has room: a new area starts from what is left.
                let seed = unassigned.min() ?? 0
                unassigned.remove(seed)
                region[seed] = load.count
                areaMembers.append([seed])
                load.append(units.seconds[seed])
                carried.append(units.papers[seed])
                origin.append(units.centers[seed])
                open.append(true)
                continue
            }
            var best: Int?
            for m in areaMembers[r] {
                for v in units.adjacency[m] where unassigned.contains(v) && carried[r] + units.papers[v] <= maxPapers {
                    if best.map({ (d2(units.centers[v], origin[r]), v) < (d2(units.centers[$0], origin[r]), $0) }) ?? true { best = v }
                }
            }
            guard let take = best else {
                open[r] = false
                continue
            }
            unassigned.remove(take)
            region[take] = r
            areaMembers[r].append(take)
            load[r] += units.seconds[take]
            carried[r] += units.papers[take]
        }
        absorbSlivers(&areaMembers, &load, &carried, region: &region, units)
        refine(&areaMembers, &load, &carried, region: &region, units)
        return areaMembers.filter { !$0.isEmpty }
    }

    /// An area that growth left far below the target (a seed closed in by its
    /// neighbours) joins the lightest area beside it that has room for its papers and time.
    private func absorbSlivers(_ areas: inout [[Int]], _ load: inout [Double], _ carried: inout [Int], region: inout [Int: Int], _ units: CutGraph) {
        let sliver = 0.25 * targetSeconds
        for small in areas.indices.sorted(by: { (load[$0], $0) < (load[$1], $1) }) where !areas[small].isEmpty && load[small] < sliver {
            let beside = Set(areas[small].flatMap { units.adjacency[$0] }.compactMap { region[$0] }).subtracting([small])
            let fits = beside.filter { carried[$0] + carried[small] <= maxPapers && load[$0] + load[small] <= targetSeconds * 1.15 }
            guard let into = fits.min(by: { (load[$0], $0) < (load[$1], $1) }) else { continue }
            for unit in areas[small] { region[unit] = into }
            areas[into] += areas[small]
            load[into] += load[small]
            carried[into] += carried[small]
            areas[small] = []
            load[small] = 0
            carried[small] = 0
        }
    }

    /// Moves a boundary unit from an area to a lighter neighbouring one when the
    /// difference in their loads exceeds the unit's weight (so the sum of squared
    /// deviations falls), the paper cap holds, and the donor stays connected.
    private func refine(_ areas: inout [[Int]], _ load: inout [Double], _ carried: inout [Int], region: inout [Int: Int], _ units: CutGraph) {
        for _ in 0..<(50 * max(1, areas.count)) {
            guard let move = bestConnectedMove(areas, load, carried, region, units) else { break }
            apply(move, &areas, &load, &carried, &region, units)
        }
    }

    private func bestConnectedMove(
        _ areas: [[Int]], _ load: [Double], _ carried: [Int], _ region: [Int: Int], _ units: CutGraph
    ) -> (unit: Int, from: Int, to: Int, gain: Double)? {
        var candidates: [(unit: Int, from: Int, to: Int, gain: Double)] = []
        for (from, members) in areas.enumerated() where members.count > 1 {
            for m in members {
                for v in units.adjacency[m] {
                    guard let to = region[v], to != from else { continue }
                    let gain = load[from] - load[to] - units.seconds[m]
                    if gain > 1e-6 && carried[to] + units.papers[m] <= maxPapers { candidates.append((m, from, to, gain)) }
                }
            }
        }
        // Largest gain first; ties by unit, then destination, so the choice never depends on sort order.
        return candidates.sorted { ($0.gain, -$0.unit, -$0.to) > ($1.gain, -$1.unit, -$1.to) }
            .first { stillConnected(areas[$0.from], without: $0.unit, units) }
    }

    private func apply(
        _ move: (unit: Int, from: Int, to: Int, gain: Double), _ areas: inout [[Int]], _ load: inout [Double], _ carried: inout [Int],
        _ region: inout [Int: Int], _ units: CutGraph
    ) {
        areas[move.from].removeAll { $0 == move.unit }
        areas[move.to].append(move.unit)
        load[move.from] -= units.seconds[move.unit]
        load[move.to] += units.seconds[move.unit]
        carried[move.from] -= units.papers[move.unit]
        carried[move.to] += units.papers[move.unit]
        region[move.unit] = move.to
    }

    func stillConnected(_ members: [Int], without removed: Int, _ units: CutGraph) -> Bool {
        let rest = Set(members).subtracting([removed])
        guard let start = rest.min() else { return false }
        var seen: Set<Int> = [start]
        var stack = [start]
        while let x = stack.popLast() {
            for v in units.adjacency[x] where rest.contains(v) && !seen.contains(v) {
                seen.insert(v)
                stack.append(v)
            }
        }
        return seen.count == rest.count
    }
}
