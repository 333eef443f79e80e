import Testing

@testable import Planner

struct MinCostFlowTests {
    /// Two jobs, two workers: taking the cheapest pair first (worker 0 on job 0, cost 1)
    /// leaves worker 1 on job 1 at 100; the optimum pays 2 + 2.
    @Test func findsTheOptimumWhereTheCheapestPairFirstDoesNot() {
        let cost = [[1, 2], [2, 100]]
        var flow = MinCostFlow(nodeCount: 6)
        // 0 source, 1 sink, 2–3 workers, 4–5 jobs; a reward of 1,000 for each job done.
        for worker in 0..<2 { flow.addEdge(from: 0, to: 2 + worker, capacity: 1, cost: 0) }
        var edges: [[Int]] = []
        for worker in 0..<2 { edges.append((0..<2).map { job in flow.addEdge(from: 2 + worker, to: 4 + job, capacity: 1, cost: cost[worker][job]) }) }
        for job in 0..<2 { flow.addEdge(from: 4 + job, to: 1, capacity: 1, cost: -1_000) }
        let result = flow.solve(from: 0, to: 1)
        #expect(result.flow == 2)
        #expect(result.cost == -2_000 + 4)
        #expect(flow.flow(on: edges[0][1]) == 1 && flow.flow(on: edges[1][0]) == 1)
        #expect(flow.flow(on: edges[0][0]) == 0 && flow.flow(on: edges[1][1]) == 0)
    }

    /// The cheapest flow of any size: a path that would cost more than it saves is not taken.
    @Test func stopsWhenAnotherPathWouldNotPay() {
        var flow = MinCostFlow(nodeCount: 4)
        let paying = flow.addEdge(from: 0, to: 2, capacity: 3, cost: -5)
        flow.addEdge(from: 2, to: 1, capacity: 2, cost: 1)
        let dear = flow.addEdge(from: 2, to: 3, capacity: 5, cost: 3)
        flow.addEdge(from: 3, to: 1, capacity: 5, cost: 3)
        let result = flow.solve(from: 0, to: 1)
        // Two units at −4 each; the third would cost −5 + 6 = +1.
        #expect(result.flow == 2)
        #expect(result.cost == -8)
        #expect(flow.flow(on: paying) == 2)
        #expect(flow.flow(on: dear) == 0)
    }

    @Test func noPathIsNoFlow() {
        var flow = MinCostFlow(nodeCount: 3)
        flow.addEdge(from: 0, to: 2, capacity: 1, cost: -1)
        #expect(flow.solve(from: 0, to: 1) == (flow: 0, cost: 0))
    }
}
