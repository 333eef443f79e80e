import CThreadRandom
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
        #expect(MetisPartition.runsConcurrently, "CThreadRandom's rand() is not the process's: METIS runs one at a time")
        let alone = partition()
        #expect(alone.map { Set($0).count } == 12)
        let results = Results()
        DispatchQueue.concurrentPerform(iterations: 16) { i in results.set(i, partition()) }
        #expect(results.all.allSatisfy { $0 == alone })
    }
}

/// METIS's random numbers: rand() and srand() are CThreadRandom's, a state per thread, and
/// draw what the C library's generator draws (its random(), which keeps the shared state).
struct ThreadRandomTests {
    @Test func eachThreadDrawsTheCLibrarysSequence() {
        #expect(utdelning_rand_is_per_thread() == 1)
        for seed: UInt32 in [0, 1, 7, 4_321, 3_000_000_000] {
            srand(seed)
            let ours = (0..<1_000).map { _ in Int(rand()) }
            srandom(seed)
            let library = (0..<1_000).map { _ in Int(random()) }
            #expect(ours == library, "seed \(seed)")
        }
    }

    @Test func aThreadsDrawsAreItsOwn() {
        srand(11)
        let alone = (0..<100).map { _ in rand() }
        let results = Results()
        DispatchQueue.concurrentPerform(iterations: 16) { i in
            srand(11)
            results.set(i, (0..<100).map { _ in Int(rand()) })
        }
        #expect(results.all.allSatisfy { $0 == alone.map(Int.init) })
    }
}

private final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private var values = [[Int]?](repeating: nil, count: 16)
    func set(_ i: Int, _ value: [Int]?) { lock.withLock { values[i] = value } }
    var all: [[Int]?] { lock.withLock { values } }
}
