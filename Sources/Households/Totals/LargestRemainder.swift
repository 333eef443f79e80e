/// Whole numbers in proportion to weights that add up to a total exactly: each share
/// gets the whole part of its quota, and what is left goes one each to the largest
/// remainders, ties to the first key. A share with a minimum keeps it; the others
/// share what is left (a door that exists keeps one household).
public enum LargestRemainder {
    public struct Share<Key: Hashable & Comparable & Sendable>: Sendable, Equatable {
        public var key: Key
        public var weight: Int
        public var minimum: Int

        public init(key: Key, weight: Int, minimum: Int = 0) {
            self.key = key
            self.weight = weight
            self.minimum = minimum
        }
    }

    /// - Returns: key → whole share, adding up to `total`; nil when the weights are all zero
    ///   or the minimums alone exceed the total.
    public static func apportion<Key>(_ total: Int, among shares: [Share<Key>]) -> [Key: Int]? {
        guard total >= shares.reduce(0, { $0 + $1.minimum }), shares.contains(where: { $0.weight > 0 }) else { return nil }
        // Shares whose quota falls below their minimum are held there; the rest share what is left.
        // Holding one lowers the others' quotas, so repeat until no more fall below.
        var held = Set<Key>()
        var free = shares
        var left = total
        while true {
            let weight = free.reduce(0) { $0 + $1.weight }
            let below = weight == 0 ? [] : free.filter { $0.weight * left < $0.minimum * weight }
            guard !below.isEmpty else { break }
            for share in below { held.insert(share.key) }
            left -= below.reduce(0) { $0 + $1.minimum }
            free.removeAll { held.contains($0.key) }
        }
        var result: [Key: Int] = [:]
        for share in shares where held.contains(share.key) { result[share.key] = share.minimum }
        let weight = free.reduce(0) { $0 + $1.weight }
        guard weight > 0 else { return left == 0 ? result : nil }
        // Integer quotas and remainders: exact, so the same input always gives the same shares.
        var remainders: [(remainder: Int, key: Key)] = []
        var given = 0
        for share in free {
            let (whole, remainder) = (share.weight * left).quotientAndRemainder(dividingBy: weight)
            result[share.key] = whole
            given += whole
            remainders.append((remainder, share.key))
        }
        remainders.sort { ($0.remainder, $1.key) > ($1.remainder, $0.key) }
        for (_, key) in remainders.prefix(left - given) { result[key, default: 0] += 1 }
        return result
    }
}
