import Foundation
import Geometry
import Testing

@testable import Planner

struct MetisPartitionTests {
    @Test func partitionsRunningAtOnceOnSeveralThreadsAreTheSameAsOneAtATime() {
        // METIS keeps one random generator for the process: without serialising the
        // calls, concurrent plans drew from each other's sequence and differed run to run.
        var uneven = AreaCutterTests.grid(30)
        var random = SeededRandom(seed: 3)
        uneven.seconds = uneven.seconds.map { _ in Double(random.next() % 81 + 20) }
        let graph = uneven
        let members = Array(0..<graph.count)
        @Sendable func partition() -> [Int]? {
            MetisPartition.parts(of: members, in: graph, parts: 12, maxPapers: 300, seed: 1) { _, _ in 4 }
        }
        let alone = partition()
        #expect(alone.map { Set($0).count } == 12)
        let results = Results()
        DispatchQueue.concurrentPerform(iterations: 16) { i in results.set(i, partition()) }
        #expect(results.all.allSatisfy { $0 == alone })
    }
}

private final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private var values = [[Int]?](repeating: nil, count: 16)
    func set(_ i: Int, _ value: [Int]?) { lock.withLock { values[i] = value } }
    var all: [[Int]?] { lock.withLock { values } }
}
