import Dispatch
import Geometry
import HeapModule
import Vocabulary

/// Cuts the pieces of a cut graph into connected areas near the target time under the paper
/// cap: METIS or region growing, whichever leaves fewer areas outside, then refined.
public struct AreaCutter: Sendable {
    public let target: AreaTarget
    var targetSeconds: Double { target.seconds.value }
    var maxPapers: Int { target.maxPapers }

    public init(target: AreaTarget) {
        self.target = target
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

    public func components(_ units: CutGraph) -> [[Int]] {
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
        let goals = self.goals(seconds: seconds, papers: papers)
        guard goals.count > 1 else { return [members] }
        // Two methods, and the better balanced of the two wins (Benchmarks/README.md
        // measures both): METIS where a whole piece partitions well, growth where
        // METIS cannot keep the paper cap or a part connected. Growth is cut and refined
        // on another thread, METIS on this one (its tries two at a time, `partitioned`): a
        // city is one piece, which was cut on one core while the other idled. Growth's cut
        // comes first, so a tie goes to it as before.
        // A piece of many areas skips growth unless METIS fails: on the generated Västra
        // Götaland METIS won 108 of its 109 such pieces, and growth beside it took a
        // quarter of the CPU of Göteborg's plan and a core from the other associations.
        if goals.count >= Self.metisAloneFromAreas, let byMetis = partitioned(members, goals: goals, units).map({ refined($0, units) }) {
            return byMetis.areas.filter { !$0.isEmpty }
        }
        let growth = ConcurrentSlots<Cut>(count: 1)
        let growing = DispatchGroup()
        DispatchQueue.global().async(group: growing) { growth.set(0, refined(grown(members, goals: goals, units), units)) }
        let byMetis = partitioned(members, goals: goals, units).map { refined($0, units) }
        growing.wait()
        let candidates = growth.values.compactMap { $0 } + [byMetis].compactMap { $0 }
        guard let best = candidates.min(by: { score($0) < score($1) }) else { return [members] }
        return best.areas.filter { !$0.isEmpty }
    }

    /// From this many areas a piece is cut by METIS alone where METIS gives a cut.
    static let metisAloneFromAreas = 20

    /// The work each area of a piece is cut for. A piece some whole number of areas
    /// divides within the tolerance gets that many equal areas (or more where the papers
    /// ask for more). One no number divides (1.5 targets: one area too long, two too
    /// short) gets areas at the target and one remainder of at least `remainderShare` of
    /// it: every area but one within, where even areas would all be outside. The
    /// remainder comes first, so that it grows from the piece's edge. A piece under
    /// 1 + `remainderShare` targets stays one area.
    func goals(seconds: Double, papers: Int) -> [Double] {
        let byPapers = (papers + maxPapers - 1) / maxPapers
        let k = max(1, Int((seconds / targetSeconds).rounded()), byPapers)
        let even = Array(repeating: targetSeconds, count: k)
        guard !PieceJoining(target: target, maxMeters: 0).divides(seconds) else { return even }
        let remainder = Self.remainderShare * targetSeconds
        let full = Int(((seconds - remainder) / ((1 - target.tolerance / 1.5) * targetSeconds)).rounded(.down))
        guard full >= 1, full + 1 >= byPapers else { return even }
        let each = min(targetSeconds, (seconds - remainder) / Double(full))
        return [seconds - Double(full) * each] + Array(repeating: each, count: full)
    }

    /// The least a remainder is cut for, as a share of the target: well above a quarter,
    /// the size under which an area is too small to hand out.
    static let remainderShare = 0.3

    /// Areas of one piece being cut, with their work and papers, each unit's area, and
    /// the work each area is cut for (the target, or less for a piece's remainder).
    struct Cut {
        var areas: [[Int]]
        var load: [Double]
        var carried: [Int]
        var region: [Int: Int]
        var goal: [Double]

        init(areas: [[Int]], goals: [Double], _ units: CutGraph) {
            self.areas = areas
            goal = goals
            load = areas.map { $0.reduce(0.0) { $0 + units.seconds[$1] } }
            carried = areas.map { $0.reduce(0) { $0 + units.papers[$1] } }
            region = [:]
            for (r, members) in areas.enumerated() { for m in members { region[m] = r } }
        }

        mutating func add(_ unit: Int, to area: Int, _ units: CutGraph) {
            areas[area].append(unit)
            load[area] += units.seconds[unit]
            carried[area] += units.papers[unit]
            region[unit] = area
        }

        /// A new, empty area at the end.
        mutating func addArea(goal: Double) {
            areas.append([])
            load.append(0)
            carried.append(0)
            self.goal.append(goal)
        }

        /// Some of an area's units become a new area at the end, cut for the same work.
        mutating func split(_ area: Int, off part: [Int], _ units: CutGraph) {
            addArea(goal: goal[area])
            for unit in part { move(unit, from: area, to: areas.count - 1, units) }
        }

        mutating func move(_ unit: Int, from: Int, to: Int, _ units: CutGraph) {
            areas[from].removeAll { $0 == unit }
            load[from] -= units.seconds[unit]
            carried[from] -= units.papers[unit]
            add(unit, to: to, units)
        }
    }

    /// Areas over the paper cap first, then areas outside the tolerance, then the spread: lower is better.
    private func score(_ cut: Cut) -> (Int, Int, Double) {
        let used = cut.areas.indices.filter { !cut.areas[$0].isEmpty }
        let outside = used.filter { !target.isWithin(Seconds(cut.load[$0])) }.count
        let overCap = used.filter { cut.carried[$0] > maxPapers && cut.areas[$0].count > 1 }.count
        let spread = used.reduce(0.0) { $0 + (cut.load[$1] - cut.goal[$1]) * (cut.load[$1] - cut.goal[$1]) }
        return (overCap, outside, spread)
    }

    /// Slivers absorbed, then refined.
    private func refined(_ cut: Cut, _ units: CutGraph) -> Cut {
        var cut = cut
        absorbSlivers(&cut, units)
        refine(&cut, units)
        return cut
    }

    /// k seeds far apart grow in turn, the area furthest below its goal first, each
    /// taking the unassigned neighbour nearest its seed.
    private func grown(_ members: [Int], goals: [Double], _ units: CutGraph) -> Cut {
        let k = goals.count
        // Seeds: the unit farthest from the middle, then each next farthest from those chosen.
        let meanX = members.reduce(0.0) { $0 + units.centers[$1].x } / Double(members.count)
        let meanY = members.reduce(0.0) { $0 + units.centers[$1].y } / Double(members.count)
        func d2(_ a: PlanarPoint, _ b: PlanarPoint) -> Double { (a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y) }
        var seeds = [members.max { (d2(units.centers[$0], PlanarPoint(x: meanX, y: meanY)), -$0) < (d2(units.centers[$1], PlanarPoint(x: meanX, y: meanY)), -$1) } ?? members[0]]
        var nearestSeed = members.map { d2(units.centers[$0], units.centers[seeds[0]]) }
        // Never a unit already chosen, even where pieces share a position (runs of one street).
        // Marked by position, not kept in a set hashed afresh for every seed: that was
        // quadratic in a piece's size (1,000 seeds of a city times 60,000 units).
        var chosen = [Bool](repeating: false, count: members.count)
        if let first = members.firstIndex(of: seeds[0]) { chosen[first] = true }
        while seeds.count < min(k, members.count) {
            guard let pick = members.indices.lazy.filter({ !chosen[$0] })
                .max(by: { (nearestSeed[$0], -$0) < (nearestSeed[$1], -$1) }) else { break }
            chosen[pick] = true
            seeds.append(members[pick])
            for (i, m) in members.enumerated() { nearestSeed[i] = min(nearestSeed[i], d2(units.centers[m], units.centers[members[pick]])) }
        }

        var cut = Cut(areas: seeds.map { [$0] }, goals: Array(goals.prefix(seeds.count)), units)
        var origin = seeds.map { units.centers[$0] }
        var open = [Bool](repeating: true, count: seeds.count)
        var unassigned = [Bool](repeating: false, count: units.count)
        for m in members { unassigned[m] = true }
        for s in seeds { unassigned[s] = false }
        var left = members.count - seeds.count
        // The open area furthest below its goal, and each area's unassigned neighbours nearest its seed, kept
        // in heaps: growth takes a unit at a time, and a scan of every area and of every member's
        // neighbours for each was quadratic in a piece's size. Stale entries (a load since
        // grown, a unit since taken or too heavy now: loads and papers only grow) are dropped
        // when they come up, so the picks and their tie-breaks are the scan's.
        var lightest = Heap(seeds.indices.map { GrowthEntry(first: 0, key: cut.load[$0] / cut.goal[$0], unit: $0) })
        var frontier = [Heap<GrowthEntry>](repeating: Heap(), count: seeds.count)
        func reach(from v: Int, for area: Int) {
            for w in units.adjacency[v] where unassigned[w] {
                frontier[area].insert(GrowthEntry(first: units.isBorderLink(v, w) ? 1 : 0, key: d2(units.centers[w], origin[area]), unit: w))
            }
        }
        for (area, seed) in seeds.enumerated() { reach(from: seed, for: area) }
        func add(_ v: Int, to area: Int) {
            unassigned[v] = false
            left -= 1
            cut.add(v, to: area, units)
            reach(from: v, for: area)
            if open[area] { lightest.insert(GrowthEntry(first: 0, key: cut.load[area] / cut.goal[area], unit: area)) }
        }
        func lightestOpen() -> Int? {
            while let top = lightest.min {
                if open[top.unit] && top.key == cut.load[top.unit] / cut.goal[top.unit] { return top.unit }
                lightest.removeMin()
            }
            return nil
        }
        while left > 0 {
            guard let r = lightestOpen() else {
                let remaining = members.filter { unassigned[$0] }.sorted()
                // Every area is closed in: a pocket left between areas joins the lightest
                // area beside it that has room for its papers and its time.
                let pocket = remaining.lazy.compactMap { v -> (unit: Int, area: Int)? in
                    let beside = units.adjacency[v].compactMap { cut.region[$0] }.filter {
                        cut.carried[$0] + units.papers[v] <= maxPapers && cut.load[$0] + units.seconds[v] <= target.longest.value
                    }
                    return beside.min { (cut.load[$0], $0) < (cut.load[$1], $1) }.map { (v, $0) }
                }.first
                if let (v, area) = pocket {
                    add(v, to: area)
                    continue
                }
                // Nothing beside has room: a new area starts from what is left.
                let seed = remaining.first ?? 0
                cut.addArea(goal: targetSeconds)
                origin.append(units.centers[seed])
                open.append(true)
                frontier.append(Heap())
                add(seed, to: cut.areas.count - 1)
                continue
            }
            // The nearest neighbour on this side of every border link; across one only when nothing else is left.
            var take: Int?
            while let nearest = frontier[r].min {
                if unassigned[nearest.unit] && cut.carried[r] + units.papers[nearest.unit] <= maxPapers {
                    take = nearest.unit
                    break
                }
                frontier[r].removeMin()
            }
            guard let take else {
                open[r] = false
                frontier[r] = Heap()
                continue
            }
            add(take, to: r)
        }
        return cut
    }

    /// An area that growth left far below the target (a seed closed in by its
    /// neighbours) joins the lightest area beside it that has room for its papers and time.
    private func absorbSlivers(_ cut: inout Cut, _ units: CutGraph) {
        let sliver = 0.25 * targetSeconds
        for small in cut.areas.indices.sorted(by: { (cut.load[$0], $0) < (cut.load[$1], $1) }) where !cut.areas[small].isEmpty && cut.load[small] < sliver {
            let beside = Set(cut.areas[small].flatMap { units.adjacency[$0] }.compactMap { cut.region[$0] }).subtracting([small])
            let fits = beside.filter {
                cut.carried[$0] + cut.carried[small] <= maxPapers && cut.load[$0] + cut.load[small] <= target.longest.value
            }
            guard let into = fits.min(by: { (cut.load[$0], $0) < (cut.load[$1], $1) }) else { continue }
            for unit in cut.areas[small] { cut.move(unit, from: small, to: into, units) }
        }
    }

    /// Moves a boundary unit from an area to a neighbouring one further below its goal
    /// when the difference in their misses exceeds the unit's weight (so the sum of
    /// squared misses falls), the paper cap holds, and the donor stays connected.
    private func refine(_ cut: inout Cut, _ units: CutGraph) {
        makeBestMoves(&cut, units, limit: 50 * max(1, cut.areas.count))
    }

    func stillConnected(_ members: [Int], without removed: Int, _ units: CutGraph) -> Bool {
        isConnected(sorted: members.filter { $0 != removed }.sorted(), units)
    }

    func isConnected(_ members: [Int], _ units: CutGraph) -> Bool {
        isConnected(sorted: members.sorted(), units)
    }

    /// Membership by binary search in the sorted units, not by hashing: refinement asks
    /// this for every candidate move, and building sets was a tenth of a large plan.
    private func isConnected(sorted rest: [Int], _ units: CutGraph) -> Bool {
        guard let start = rest.first else { return false }
        func position(_ unit: Int) -> Int? {
            var low = 0, high = rest.count
            while low < high {
                let middle = (low + high) / 2
                if rest[middle] < unit { low = middle + 1 } else { high = middle }
            }
            return low < rest.count && rest[low] == unit ? low : nil
        }
        var seen = [Bool](repeating: false, count: rest.count)
        seen[0] = true
        var reached = 1
        var stack = [start]
        while let x = stack.popLast() {
            for v in units.adjacency[x] {
                guard let i = position(v), !seen[i] else { continue }
                seen[i] = true
                reached += 1
                stack.append(v)
            }
        }
        return reached == rest.count
    }
}

/// An entry of the growth's heaps, ordered as the scan it replaces chose: by `first` (a border
/// link crossed), then `key` (a load, or squared metres from the seed), then the lower index.
private struct GrowthEntry: Comparable {
    var first: Int
    var key: Double
    var unit: Int

    static func < (a: GrowthEntry, b: GrowthEntry) -> Bool { (a.first, a.key, a.unit) < (b.first, b.key, b.unit) }
}
