import Testing

@testable import Households

struct LargestRemainderTests {
    @Test func sharesAddUpToTheTotalInProportion() throws {
        let shares = try #require(LargestRemainder.apportion(10, among: [.init(key: "a", weight: 1), .init(key: "b", weight: 1), .init(key: "c", weight: 1)]))
        // 3⅓ each: the one left over goes to the first key, as the remainders tie.
        #expect(shares == ["a": 4, "b": 3, "c": 3])
    }

    @Test func theLargestRemaindersTakeWhatIsLeft() throws {
        // Quotas 7 × 10/12 = 5.83, 3 × 10/12 = 2.5, 2 × 10/12 = 1.67: wholes 5, 2, 1, and two left.
        let shares = try #require(LargestRemainder.apportion(10, among: [.init(key: "a", weight: 7), .init(key: "b", weight: 3), .init(key: "c", weight: 2)]))
        #expect(shares == ["a": 6, "b": 2, "c": 2])
    }

    @Test func aDoorKeepsItsMinimumAndTheOthersShareTheRest() throws {
        // Halving 40 + 1 + 1 to 21 would give the small ones 0.5 each; they keep 1, the block takes 19.
        let shares = try #require(LargestRemainder.apportion(21, among: [
            .init(key: "block", weight: 40, minimum: 1), .init(key: "x", weight: 1, minimum: 1), .init(key: "y", weight: 1, minimum: 1),
        ]))
        #expect(shares == ["block": 19, "x": 1, "y": 1])
    }

    @Test func minimumsAboveTheTotalOrNoWeightGiveNothing() {
        #expect(LargestRemainder.apportion(1, among: [.init(key: "a", weight: 3, minimum: 1), .init(key: "b", weight: 3, minimum: 1)]) == nil)
        #expect(LargestRemainder.apportion(5, among: [.init(key: "a", weight: 0)]) == nil)
    }

    @Test func theOrderOfTheSharesDoesNotMatter() {
        let shares: [LargestRemainder.Share] = (0..<50).map { .init(key: "k\($0)", weight: 1 + $0 % 7, minimum: 1) }
        #expect(LargestRemainder.apportion(313, among: shares) == LargestRemainder.apportion(313, among: shares.reversed()))
        #expect(LargestRemainder.apportion(313, among: shares)?.values.reduce(0, +) == 313)
    }
}
