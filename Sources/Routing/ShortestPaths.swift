/// Walking distances between snapped points over the street graph (Dijkstra with
/// a 4-ary heap, stopped once every target in the source's piece of streets is settled).
public struct ShortestPaths: Sendable {
    public let graph: StreetGraph

    public init(graph: StreetGraph) {
        self.graph = graph
    }

    /// Metres from `source` to each target, or `.infinity` where the streets do not
    /// connect within `limit` metres (the search stops there: an unreachable target
    /// would otherwise make it search the whole graph).
    public func meters(from source: Snap, to targets: [Snap], limit: Double = .infinity) -> [Double] {
        var workspace = Workspace(nodeCount: graph.nodeCount)
        return meters(from: source, to: targets, limit: limit, &workspace)
    }

    /// Per-node arrays reused from search to search: a district has a million nodes,
    /// and filling them afresh for each of thousands of short searches cost more than the searches.
    public struct Workspace: Sendable {
        var distance: [Double]
        var settled: [Bool]
        var touched: [Int32] = []
        /// A node is a target of the current search when its mark is `stamp`: marking
        /// targets this way instead of in a Set took a fifth of a large plan's time off.
        var targetMark: [UInt32]
        var stamp: UInt32 = 0
        /// The node a path search reached each node from; -1 for none (a start).
        var previous: [Int32]

        public init(nodeCount: Int) {
            distance = [Double](repeating: .infinity, count: nodeCount)
            settled = [Bool](repeating: false, count: nodeCount)
            targetMark = [UInt32](repeating: 0, count: nodeCount)
            previous = [Int32](repeating: -1, count: nodeCount)
        }

        /// Marks the nodes at the ends of the targets' segments in the source's piece of
        /// the network; returns how many distinct ones.
        mutating func markTargets(_ targets: [Snap], from source: Snap, in graph: StreetGraph) -> Int {
            let piece = graph.piece(of: graph.segments[source.segment].from)
            stamp &+= 1
            if stamp == 0 {
                for i in targetMark.indices { targetMark[i] = 0 }
                stamp = 1
            }
            var count = 0
            for t in targets {
                let segment = graph.segments[t.segment]
                guard graph.piece(of: segment.from) == piece else { continue }
                for end in [segment.from.index, segment.to.index] where targetMark[end] != stamp {
                    targetMark[end] = stamp
                    count += 1
                }
            }
            return count
        }

        mutating func reset() {
            for node in touched {
                distance[Int(node)] = .infinity
                settled[Int(node)] = false
                previous[Int(node)] = -1
            }
            touched.removeAll(keepingCapacity: true)
        }

        mutating func lower(_ node: Int, to d: Double) {
            if distance[node] == .infinity { touched.append(Int32(node)) }
            distance[node] = d
        }
    }

    private func meters(from source: Snap, to targets: [Snap], limit: Double, _ w: inout Workspace) -> [Double] {
        w.reset()
        let s = graph.segments[source.segment]
        var heap = MinHeap()
        let toFrom = source.fraction * s.meters + source.offsetMeters
        let toTo = (1 - source.fraction) * s.meters + source.offsetMeters
        w.lower(s.from.index, to: toFrom)
        w.lower(s.to.index, to: min(w.distance[s.to.index], toTo))
        heap.push(s.from, toFrom)
        heap.push(s.to, toTo)

        var pending = w.markTargets(targets, from: source, in: graph)
        while pending > 0, let (node, d) = heap.pop() {
            let u = node.index
            if d > limit { break }
            guard !w.settled[u], d <= w.distance[u] else { continue }
            w.settled[u] = true
            if w.targetMark[u] == w.stamp { pending -= 1 }
            for edge in graph.edges(of: node) {
                let v = graph.target(edge)
                let candidate = d + graph.meters(edge)
                if candidate < w.distance[v.index] {
                    w.lower(v.index, to: candidate)
                    heap.push(v, candidate)
                }
            }
        }
        return targets.map { t in
            let segment = graph.segments[t.segment]
            if t.segment == source.segment {
                // Along the same segment, without going round by a node.
                return abs(t.fraction - source.fraction) * segment.meters + t.offsetMeters + source.offsetMeters
            }
            let viaFrom = w.distance[segment.from.index] + t.fraction * segment.meters
            let viaTo = w.distance[segment.to.index] + (1 - t.fraction) * segment.meters
            return min(viaFrom, viaTo) + t.offsetMeters
        }
    }

    /// Makes `matrix[i][j]` and `matrix[j][i]` both the shorter of the two.
    public static func symmetrize(_ matrix: inout [Double], n: Int) {
        for i in 0..<n {
            for j in (i + 1)..<max(i + 1, n) {
                let shorter = min(matrix[i * n + j], matrix[j * n + i])
                matrix[i * n + j] = shorter
                matrix[j * n + i] = shorter
            }
        }
    }

    /// The full matrix, row-major: `matrix[i * n + j]` is metres from i to j.
    public func matrix(_ snaps: [Snap], limit: Double = .infinity) -> [Double] {
        var workspace = Workspace(nodeCount: graph.nodeCount)
        return matrix(snaps, limit: limit, workspace: &workspace)
    }

    /// The matrix, searching in a workspace kept from earlier matrices on this graph.
    public func matrix(_ snaps: [Snap], limit: Double = .infinity, workspace: inout Workspace) -> [Double] {
        snaps.flatMap { meters(from: $0, to: snaps, limit: limit, &workspace) }
    }
}

/// A 4-ary min-heap of (node, distance) with lazy deletion: half the levels of a
/// binary heap, and a node's children side by side in memory (pops were a fifth of
/// a large plan's time).
struct MinHeap {
    private var items: [(node: StreetGraph.Node, distance: Double)] = []

    mutating func push(_ node: StreetGraph.Node, _ distance: Double) {
        items.append((node, distance))
        var i = items.count - 1
        while i > 0 {
            let parent = (i - 1) / 4
            guard distance < items[parent].distance else { break }
            items[i] = items[parent]
            i = parent
        }
        items[i] = (node, distance)
    }

    mutating func pop() -> (StreetGraph.Node, Double)? {
        guard let top = items.first else { return nil }
        let last = items.removeLast()
        let count = items.count
        if count > 0 {
            var i = 0
            while true {
                let first = 4 * i + 1
                guard first < count else { break }
                var smallest = first
                for child in (first + 1)..<min(first + 4, count) where items[child].distance < items[smallest].distance { smallest = child }
                guard items[smallest].distance < last.distance else { break }
                items[i] = items[smallest]
                i = smallest
            }
            items[i] = last
        }
        return (top.node, top.distance)
    }
}

extension ShortestPaths {
    /// The walk from one snapped point to another: the street nodes passed, in order,
    /// and its metres along the streets (the straight links to the doors aside); nil
    /// where the streets do not connect within `limit`.
    /// Searched in a workspace kept from earlier searches on this graph: the dictionaries of
    /// a search afresh for every leg were a fifth of a city's plan (the deadhead of every
    /// route is walked leg by leg).
    public func path(
        from source: Snap, to target: Snap, limit: Double = .infinity, workspace w: inout Workspace
    ) -> (nodes: [StreetGraph.Node], meters: Double)? {
        let s = graph.segments[source.segment]
        let t = graph.segments[target.segment]
        // Another piece of the network: searching ours (a whole rural district, for a car round) would find nothing.
        guard graph.piece(of: s.from) == graph.piece(of: t.from) else { return nil }
        let alongSegment = source.segment == target.segment ? abs(target.fraction - source.fraction) * s.meters : Double.infinity
        w.reset()
        var heap = MinHeap()
        for (node, d) in [(s.from, source.fraction * s.meters), (s.to, (1 - source.fraction) * s.meters)] where d < w.distance[node.index] {
            w.lower(node.index, to: d)
            heap.push(node, d)
        }
        while let (node, d) = heap.pop(), !(w.settled[t.from.index] && w.settled[t.to.index]) {
            let u = node.index
            if d > limit || d > alongSegment { break }
            guard !w.settled[u], d <= w.distance[u] else { continue }
            w.settled[u] = true
            for edge in graph.edges(of: node) {
                let v = graph.target(edge)
                let candidate = d + graph.meters(edge)
                if candidate < w.distance[v.index] {
                    w.lower(v.index, to: candidate)
                    w.previous[v.index] = Int32(u)
                    heap.push(v, candidate)
                }
            }
        }
        let viaFrom = w.distance[t.from.index] + target.fraction * t.meters
        let viaTo = w.distance[t.to.index] + (1 - target.fraction) * t.meters
        let best = min(viaFrom, viaTo, alongSegment)
        guard best.isFinite, best <= limit else { return nil }
        if best == alongSegment { return ([], best) }
        var nodes = [viaFrom <= viaTo ? t.from : t.to]
        var back = w.previous[nodes[nodes.count - 1].index]
        while back >= 0 {
            nodes.append(StreetGraph.Node(raw: back))
            back = w.previous[Int(back)]
        }
        return (nodes.reversed(), best)
    }
}
