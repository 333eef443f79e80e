import Geometry

/// 2-opt and Or-opt moves to a local optimum; position 0 (the start) never moves.
/// Small walks try every move; from `exhaustiveUpTo` stops on, moves are tried only
/// towards each stop's nearest neighbours, which keeps a pass linear in the stops.
struct LocalSearch {
    let matrix: [Double]
    let n: Int
    let closed: Bool
    static let exhaustiveUpTo = 120
    static let neighbourCount = 16
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

    /// Arrays reused from kick to kick: a kick's search is short, and allocating
    /// them afresh each time cost more than it.
    struct Scratch {
        var walk: Walk
        var queued: [Bool]
        var queue: [Int] = []

        init(n: Int) {
            walk = Walk(order: [], n: n)
            queued = [Bool](repeating: false, count: n)
        }
    }

    /// Moves until none shortens the walk, tried around each stop in a queue: at first
    /// `dirty` (nil: every stop), then the stops at the ends of each move made. After a
    /// kick only the few stops at its new edges are dirty, so a kick costs a handful of
    /// searches instead of whole passes over the walk (Bentley's don't-look bits).
    func improve(_ start: [Int], dirty: [Int]?, _ scratch: inout Scratch) -> [Int] {
        scratch.walk.load(start)
        scratch.queue.removeAll(keepingCapacity: true)
        var head = 0
        func push(_ city: Int) {
            guard !scratch.queued[city] else { return }
            scratch.queued[city] = true
            scratch.queue.append(city)
        }
        for city in dirty ?? start { push(city) }
        var moves = 0
        // Every move shortens the walk on a symmetric matrix; the cap guards against a caller's asymmetric one.
        while head < scratch.queue.count, moves < 50 * max(n, 10) {
            let city = scratch.queue[head]
            head += 1
            scratch.queued[city] = false
            guard let touched = twoOpt(around: city, &scratch.walk) ?? orOpt(around: city, &scratch.walk) else { continue }
            moves += 1
            push(city)
            for other in touched { push(other) }
        }
        for city in scratch.queue[head...] { scratch.queued[city] = false }
        return scratch.walk.order
    }

    /// A walk and where each stop is in it.
    struct Walk {
        var order: [Int]
        var position: [Int]

        init(order: [Int], n: Int) {
            self.order = order
            position = [Int](repeating: 0, count: n)
            for (p, city) in order.enumerated() { position[city] = p }
        }

        mutating func load(_ new: [Int]) {
            order = new
            for (p, city) in order.enumerated() { position[city] = p }
        }

        mutating func reverse(_ range: ClosedRange<Int>) {
            order[range].reverse()
            for p in range { position[order[p]] = p }
        }

        /// Moves the run order[i..<(i + length)], reversed or not, to just after the stop now at `j`.
        mutating func move(run i: Int, length: Int, after j: Int, reversed: Bool) {
            var run = Array(order[i..<(i + length)])
            if reversed { run.reverse() }
            let changed: ClosedRange<Int>
            if j < i {
                // The stops between shift right by the run's length.
                for p in stride(from: i + length - 1, through: j + 1 + length, by: -1) { order[p] = order[p - length] }
                for k in 0..<length { order[j + 1 + k] = run[k] }
                changed = (j + 1)...(i + length - 1)
            } else {
                for p in i...(j - length) { order[p] = order[p + length] }
                for k in 0..<length { order[j - length + 1 + k] = run[k] }
                changed = i...j
            }
            for p in changed { position[order[p]] = p }
        }
    }

    /// Positions worth trying a new edge at from `city`: every one for a small walk, else its near neighbours'.
    private func forEachCandidate(_ city: Int, _ walk: Walk, _ body: (Int) -> Void) {
        if neighbours.isEmpty {
            for q in walk.order.indices { body(q) }
        } else {
            for other in neighbours[city] { body(walk.position[other]) }
        }
    }

    /// The best 2-opt move with a new edge at `city` (reversing order[i...j] replaces the
    /// edges before i and after j); returns the stops at the ends of the move, nil if none helps.
    private func twoOpt(around city: Int, _ walk: inout Walk) -> [Int]? {
        let order = walk.order
        let count = order.count
        let p = walk.position[city]
        var best: (gain: Double, i: Int, j: Int)?
        func consider(_ i: Int, _ j: Int) {
            guard i >= 1, j > i, j < count else { return }
            let a = order[i - 1], b = order[i], c = order[j]
            let e = after(order, j)
            let gain = d(a, b) + (e.map { d(c, $0) } ?? 0) - d(a, c) - (e.map { d(b, $0) } ?? 0)
            if gain > (best?.gain ?? 1e-9) { best = (gain, i, j) }
        }
        forEachCandidate(city, walk) { q in
            guard q != p else { return }
            // city before the reversed run, or at its end, or first in it, or after it.
            consider(p + 1, q)
            consider(q + 1, p)
            consider(p, q - 1)
            consider(q, p - 1)
        }
        guard let move = best else { return nil }
        var touched = [order[move.i - 1], order[move.i], order[move.j]]
        if let e = after(order, move.j) { touched.append(e) }
        walk.reverse(move.i...move.j)
        return touched
    }

    /// The best Or-opt move of a run of 1 to 3 stops that begins or ends at `city`,
    /// either way round; returns the stops at the ends of the move, nil if none helps.
    private func orOpt(around city: Int, _ walk: inout Walk) -> [Int]? {
        let order = walk.order
        let count = order.count
        let p = walk.position[city]
        var best: (gain: Double, i: Int, length: Int, after: Int, reversed: Bool)?
        for length in 1...3 {
            // The runs that begin at p and that end at it (one run when it is a single stop).
            for i in stride(from: p - length + 1, through: p, by: max(1, length - 1)) where i >= 1 && i + length <= count {
                let first = order[i], last = order[i + length - 1]
                let prev = order[i - 1]
                let next = after(order, i + length - 1)
                let removed = d(prev, first) + (next.map { d(last, $0) } ?? 0) - (next.map { d(prev, $0) } ?? 0)
                // Insert after position j (outside the run, and not its own predecessor).
                func insert(after j: Int) {
                    guard j >= 0, j < i - 1 || j >= i + length else { return }
                    let a = order[j]
                    let b: Int? = j + 1 < count ? order[j + 1] : (closed ? order[0] : nil)
                    let base = b.map { d(a, $0) } ?? 0
                    let forward = removed - (d(a, first) + (b.map { d(last, $0) } ?? 0) - base)
                    let backward = removed - (d(a, last) + (b.map { d(first, $0) } ?? 0) - base)
                    if forward > (best?.gain ?? 1e-9) { best = (forward, i, length, j, false) }
                    if backward > (best?.gain ?? 1e-9) { best = (backward, i, length, j, true) }
                }
                // Next to a near neighbour of either end, after it and then before it.
                forEachCandidate(first, walk) { insert(after: $0) }
                guard !neighbours.isEmpty else { continue }
                if length > 1 { forEachCandidate(last, walk) { insert(after: $0) } }
                forEachCandidate(first, walk) { insert(after: $0 - 1) }
                if length > 1 { forEachCandidate(last, walk) { insert(after: $0 - 1) } }
            }
        }
        guard let move = best else { return nil }
        let i = move.i, length = move.length
        var touched = [order[i - 1], order[i], order[i + length - 1], order[move.after]]
        if let next = after(order, i + length - 1) { touched.append(next) }
        if let b = after(order, move.after) { touched.append(b) }
        walk.move(run: i, length: length, after: move.after, reversed: move.reversed)
        return touched
    }
}
