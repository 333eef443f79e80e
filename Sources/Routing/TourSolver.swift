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
    /// Kicks of the iterated local search; nil for 2,000 (a kick costs a few searches).
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
        var scratch = LocalSearch.Scratch(n: n)
        var best = search.improve(nearestNeighbour(matrix, n: n, start: start), dirty: nil, &scratch)
        var bestMeters = search.length(best)
        var random = SeededRandom(seed: seed)
        let rounds = kicks ?? 2000
        if n >= 5 {
            for _ in 0..<rounds {
                let kicked = doubleBridge(best, using: &random)
                let candidate = search.improve(kicked.order, dirty: kicked.dirty, &scratch)
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

    static let kickWindow = 50

    /// A B C D → A C B D, with A holding the start; returns the new order and the
    /// stops at its new edges.
    private func doubleBridge(_ order: [Int], using random: inout SeededRandom) -> (order: [Int], dirty: [Int]) {
        let n = order.count
        // Three cuts within a window of the walk: far-apart cuts join far-apart stops,
        // which local search nearly always undoes.
        let window = min(n - 1, Self.kickWindow)
        let from = Int.random(in: 1...(n - window), using: &random)
        var cuts = Set<Int>()
        while cuts.count < 3 { cuts.insert(Int.random(in: from..<(from + window), using: &random)) }
        let c = cuts.sorted()
        let dirty = [c[0] - 1, c[0], c[1] - 1, c[1], c[2] - 1, c[2]]
        return (Array(order[0..<c[0]] + order[c[1]..<c[2]] + order[c[0]..<c[1]] + order[c[2]..<n]), dirty.map { order[$0] })
    }
}
