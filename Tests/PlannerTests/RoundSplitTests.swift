import Testing
import Vocabulary

@testable import Planner

/// Cutting one drive into rounds: the best cut, not the first that fills up.
struct RoundSplitTests {
    let split = RoundSplit(target: AreaTarget(Seconds(5_400), tolerance: 0.15, maxPapers: 300))

    @Test func eighteenEqualStopsMakeTwoRoundsOfNine() {
        let rounds = split.split(serviceSeconds: Array(repeating: 500, count: 18), legSeconds: Array(repeating: 100, count: 17), papers: Array(repeating: 1, count: 18))
        #expect(rounds == [0..<9, 9..<18])
    }

    @Test func aLongDriveIsWhereTheRoundsPart() {
        // Two villages of 10 stops (90 min each with their legs), 40 minutes apart.
        let legs = (0..<19).map { $0 == 9 ? 2_400.0 : 60 }
        let rounds = split.split(serviceSeconds: Array(repeating: 486, count: 20), legSeconds: legs, papers: Array(repeating: 2, count: 20))
        #expect(rounds == [0..<10, 10..<20])
    }

    @Test func everyStopIsInOneRoundAndNoRoundCarriesMoreThanTheCap() {
        // A greedy cut fills the first round and leaves a short last one; the split evens them.
        let service = (0..<25).map { 300 + Double($0 % 4) * 90 }
        let papers = (0..<25).map { $0 == 12 ? 320 : 20 }
        let rounds = split.split(serviceSeconds: service, legSeconds: Array(repeating: 30, count: 24), papers: papers)
        #expect(rounds.first?.lowerBound == 0 && rounds.last?.upperBound == 25)
        #expect(zip(rounds, rounds.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound })
        for round in rounds {
            let carried = papers[round].reduce(0, +)
            #expect(carried <= 300 || round.count == 1, "round \(round) carries \(carried)")
        }
        #expect(rounds.contains(12..<13), "the entrance over the cap stands alone: \(rounds)")
    }
}
