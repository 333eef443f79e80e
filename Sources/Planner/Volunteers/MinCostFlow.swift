/// Minimum-cost flow by successive shortest paths: the cheapest flow of any size from a
/// source to a sink. Costs may be negative (a reward for carrying flow), as long as the
/// graph has no negative cycle. Integer costs, so ties are exact and the result stable.
public struct MinCostFlow: Sendable {
    // Residual arcs: edge e is arc 2e forward and arc 2e + 1 backward.
    private var head: [Int] = []
    private var room: [Int] = []
    private var cost: [Int] = []
    private var arcs: [[Int]]

    public init(nodeCount: Int) {
        arcs = Array(repeating: [], count: nodeCount)
    }

    public var nodeCount: Int { arcs.count }

    /// Adds an edge and returns its index (for `flow(on:)`).
    @discardableResult
    public mutating func addEdge(from: Int, to: Int, capacity: Int, cost edgeCost: Int) -> Int {
        let edge = head.count / 2
        arcs[from].append(head.count)
        head.append(to)
        room.append(capacity)
        cost.append(edgeCost)
        arcs[to].append(head.count)
        head.append(from)
        room.append(0)
        cost.append(-edgeCost)
        return edge
    }

    /// The flow the solution sends along an edge.
    public func flow(on edge: Int) -> Int { room[2 * edge + 1] }

    /// Sends flow along cheapest paths while one still lowers the total cost. The cost of
    /// the cheapest path only grows from one path to the next, so stopping at the first
    /// that would not pay gives the cheapest flow over all sizes.
    public mutating func solve(from source: Int, to sink: Int) -> (flow: Int, cost: Int) {
        var potential = initialPotentials()
        var total = (flow: 0, cost: 0)
        while true {
            let (distance, via) = cheapestPaths(from: source, potential: potential)
            guard distance[sink] < Int.max else { break }
            let pathCost = distance[sink] - potential[source] + potential[sink]
            guard pathCost < 0 else { break }
            // Nodes not reached now are never reached again (new arcs join reached nodes only).
            for node in 0..<nodeCount where distance[node] < Int.max { potential[node] += distance[node] }
            var push = Int.max
            var node = sink
            while node != source {
                push = min(push, room[via[node]])
                node = head[via[node] ^ 1]
            }
            node = sink
            while node != source {
                room[via[node]] -= push
                room[via[node] ^ 1] += push
                node = head[via[node] ^ 1]
            }
            total.flow += push
            total.cost += push * pathCost
        }
        return total
    }

    /// Bellman–Ford from a virtual source joined to every node at no cost, so that the
    /// reduced costs start out non-negative even with negative edges.
    private func initialPotentials() -> [Int] {
        var potential = Array(repeating: 0, count: nodeCount)
        for _ in 0..<nodeCount {
            var changed = false
            for node in 0..<nodeCount {
                for arc in arcs[node] where room[arc] > 0 && potential[node] + cost[arc] < potential[head[arc]] {
                    potential[head[arc]] = potential[node] + cost[arc]
                    changed = true
                }
            }
            if !changed { break }
        }
        return potential
    }

    /// Dijkstra on reduced costs, scanning for the nearest open node (lowest index on a tie):
    /// the graphs here are dense bipartite ones, where a scan costs what a heap would.
    private func cheapestPaths(from source: Int, potential: [Int]) -> (distance: [Int], via: [Int]) {
        var distance = Array(repeating: Int.max, count: nodeCount)
        var via = Array(repeating: -1, count: nodeCount)
        var settled = Array(repeating: false, count: nodeCount)
        distance[source] = 0
        while true {
            var next = -1
            for node in 0..<nodeCount where !settled[node] && distance[node] < Int.max && (next < 0 || distance[node] < distance[next]) {
                next = node
            }
            guard next >= 0 else { break }
            settled[next] = true
            for arc in arcs[next] where room[arc] > 0 {
                let reached = distance[next] + cost[arc] + potential[next] - potential[head[arc]]
                if reached < distance[head[arc]] {
                    distance[head[arc]] = reached
                    via[head[arc]] = arc
                }
            }
        }
        return (distance, via)
    }
}
