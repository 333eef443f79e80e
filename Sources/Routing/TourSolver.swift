import Geometry

/// An order through stops and its length.
public struct Tour: Sendable, Equatable {
    /// Indices into the matrix, starting with the start stop.
    public let order: [Int]
    public let meters: Double
}

/// Orders stops into a short walk: nearest-neighbour construction, then 2-opt and
/// Or-opt to a local optimum, then iterated local search (double-bridge kicks,
/// kept when they shorten the walk). Deterministic for a seed. The walk starts at
/// `start`; an open walk ends wherever is best, a closed one returns to the start.
public struct TourSolver: Sendable {
    public var seed: UInt64
    /// Kicks of the iterated local search; nil chooses by size.
    public var kicks: Int?

    public init(seed: UInt64 = 1, kicks: Int? = nil) {
        self.seed = seed
        self.kicks = kicks
    }

    /// - Parameter matrix: row-major n × n metres, symmetric.
    public func solve(matrix: [Double], count n: Int, start: Int = 0, closed: Bool) -> Tour {
        precondition(matrix.count == n * n, "an n × n matrix")
        guard n > 1 else { return Tour(order: n == 1 ? [start] : [], meters: 0) }
        let search = LocalSearch(matrix: matrix, n: n, closed: closed)
        var best = search.improve(nearestNeighbour(matrix, n: n, start: start))
        var bestMeters = search.length(best)
        var random = SeededRandom(seed: seed)
        // Small walks get many kicks (cheap, and then nearly always optimal); large ones fewer.
        let rounds = kicks ?? max(40, min(400, 40_000 / n))
        if n >= 5 {
            for _ in 0..<rounds {
                let candidate = search.improve(doubleBridge(best, using: &random))
                let meters = search.length(candidate)
                if meters < bestMeters - 1e-9 {
                    best = candidate
                    bestMeters = meters
                }
            }
        }
        return Tour(order: best, meters: bestMeters)
    }

    func nearestNeighbour(_ matrix: [Double], n: Int, start: Int) -> [Int] {
        var visited = [Bool](repeating: false, count: n)
        var order = [start]
        visited[start] = true
        var current = start
        for _ in 1..<n {
            var next = -1
            var nextMeters = Double.infinity
            for j in 0..<n where !visited[j] && (next < 0 || matrix[current * n + j] < nextMeters) {
                next = j
                nextMeters = matrix[current * n + j]
            }
            visited[next] = true
            order.append(next)
            current = next
        }
        return order
    }

    /// A B C D → A C B D, with A holding the start.
    private func doubleBridge(_ order: [Int], using random: inout SeededRandom) -> [Int] {
        let n = order.count
        var cuts = Set<Int>()
        while cuts.count < 3 { cuts.insert(Int.random(in: 1..<n, using: &random)) }
        let c = cuts.sorted()
        return Array(order[0..<c[0]] + order[c[1]..<c[2]] + order[c[0]..<c[1]] + order[c[2]..<n])
    }
}

/// 2-opt and Or-opt moves to a local optimum; position 0 (the start) never moves.
/// Small walks try every move; from `exhaustiveUpTo` stops on, moves are tried only
/// towards each stop's nearest neighbours, which keeps a pass linear in the stops.
struct LocalSearch {
    let matrix: [Double]
    let n: Int
    let closed: Bool
    static let exhaustiveUpTo = 120
    static let neighbourCount = 10
    let neighbours: [[Int]]

    init(matrix: [Double], n: Int, closed: Bool) {
        self.matrix = matrix
        self.n = n
        self.closed = closed
        neighbours = n <= Self.exhaustiveUpTo ? [] : (0..<n).map { a in
            Array((0..<n).filter { $0 != a }.sorted { (matrix[a * n + $0], $0) < (matrix[a * n + $1], $1) }.prefix(Self.neighbourCount))
        }
    }

    func d(_ a: Int, _ b: Int) -> Double { matrix[a * n + b] }

    func length(_ order: [Int]) -> Double {
        var total = 0.0
        for i in 1..<order.count { total += d(order[i - 1], order[i]) }
        if closed, let first = order.first, let last = order.last { total += d(last, first) }
        return total
    }

    /// The stop after position i, or nil past the end of an open walk.
    private func after(_ order: [Int], _ i: Int) -> Int? {
        i + 1 < order.count ? order[i + 1] : (closed ? order[0] : nil)
    }

    func improve(_ start: [Int]) -> [Int] {
        var order = start
        var improved = true
        var passes = 0
        // Each pass shortens the walk on a symmetric matrix; the cap guards against a caller's asymmetric one.
        while improved && passes < 200 {
            passes += 1
            improved = twoOpt(&order)
            improved = orOpt(&order) || improved
        }
        return order
    }

    /// Reverses order[i...j] when that shortens the walk.
    private func twoOpt(_ order: inout [Int]) -> Bool {
        var any = false
        let count = order.count
        var position = [Int](repeating: 0, count: n)
        for (p, city) in order.enumerated() { position[city] = p }
        for i in 1..<(count - 1) {
            // Exhaustive for small walks; else only j where order[j] is a near neighbour of order[i - 1].
            let candidates = neighbours.isEmpty ? Array((i + 1)..<count) : neighbours[order[i - 1]].map { position[$0] }.filter { $0 > i }.sorted()
            for j in candidates {
                let a = order[i - 1], b = order[i], c = order[j]
                let e = after(order, j)
                let before = d(a, b) + (e.map { d(c, $0) } ?? 0)
                let afterMove = d(a, c) + (e.map { d(b, $0) } ?? 0)
                if afterMove < before - 1e-9 {
                    order[i...j].reverse()
                    for p in i...j { position[order[p]] = p }
                    any = true
                }
            }
        }
        return any
    }

    /// Moves a run of 1 to 3 stops elsewhere, either way round, when that shortens the walk.
    private func orOpt(_ order: inout [Int]) -> Bool {
        var any = false
        var moves = 0
        var position = [Int](repeating: 0, count: n)
        for (p, city) in order.enumerated() { position[city] = p }
        for length in 1...3 {
            var i = 1
            while i + length <= order.count {
                let first = order[i], last = order[i + length - 1]
                let prev = order[i - 1]
                let next = after(order, i + length - 1)
                let removed = d(prev, first) + (next.map { d(last, $0) } ?? 0) - (next.map { d(prev, $0) } ?? 0)
                var bestGain = 1e-9
                var bestAt: (after: Int, reversed: Bool)?
                // Insert after position j (outside the run, and not its own predecessor);
                // for large walks only next to a near neighbour of the run's ends.
                let candidates: [Int]
                if neighbours.isEmpty {
                    candidates = Array(0..<order.count)
                } else {
                    // Sorted and deduplicated in an array: a Set here was most of the hashing in a large plan.
                    var near: [Int] = []
                    near.reserveCapacity(2 * (neighbours[first].count + neighbours[last].count))
                    for list in [neighbours[first], neighbours[last]] {
                        for city in list {
                            let p = position[city]
                            near.append(p)
                            if p > 0 { near.append(p - 1) }
                        }
                    }
                    near.sort()
                    var unique: [Int] = []
                    unique.reserveCapacity(near.count)
                    for p in near where unique.last != p { unique.append(p) }
                    candidates = unique
                }
                for j in candidates where j < i - 1 || j >= i + length {
                    let a = order[j]
                    let b: Int? = j + 1 < order.count ? order[j + 1] : (closed ? order[0] : nil)
                    let base = b.map { d(a, $0) } ?? 0
                    let forward = d(a, first) + (b.map { d(last, $0) } ?? 0) - base
                    let backward = d(a, last) + (b.map { d(first, $0) } ?? 0) - base
                    if removed - forward > bestGain { bestGain = removed - forward; bestAt = (j, false) }
                    if removed - backward > bestGain { bestGain = removed - backward; bestAt = (j, true) }
                }
                if let at = bestAt {
                    var run = Array(order[i..<(i + length)])
                    if at.reversed { run.reverse() }
                    let rest = Array(order[..<i] + order[(i + length)...])
                    let insertAfter = at.after < i ? at.after : at.after - length
                    order = Array(rest[...insertAfter]) + run + Array(rest[(insertAfter + 1)...])
                    for (p, city) in order.enumerated() { position[city] = p }
                    any = true
                    moves += 1
                    // On a symmetric matrix every move shortens the walk, so this never binds;
                    // it keeps a pass finite on an asymmetric one.
                    if moves > 4 * order.count { i += 1 }
                } else {
                    i += 1
                }
            }
        }
        return any
    }
}
