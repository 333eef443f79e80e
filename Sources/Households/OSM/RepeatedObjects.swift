extension OSMCollector {
    /// A file may hold an object more than once (`osmium cat` of extracts that overlap,
    /// or of an older and a newer one): one copy counts, the last one read, so that
    /// every key is one point, one building, one line of the map.
    func keepLastCopies() {
        addressNodes = Self.lastCopies(addressNodes) { $0.id }
        ways = Self.lastCopies(ways) { $0.id }
        let tagged = Set(ways.map(\.id))
        untaggedWays = Self.lastCopies(untaggedWays.filter { !tagged.contains($0.id) }) { $0.id }
        relations = Self.lastCopies(relations) { $0.id }
    }

    /// The items in their order, each id at its last occurrence only.
    static func lastCopies<T>(_ items: [T], id: (T) -> Int64) -> [T] {
        // A sorted file (every PBF osmium writes) has no repeats: one pass, no table.
        var previous = Int64.min
        guard items.contains(where: { item in
            defer { previous = id(item) }
            return id(item) <= previous
        }) else { return items }
        var last: [Int64: Int] = [:]
        last.reserveCapacity(items.count)
        for (index, item) in items.enumerated() { last[id(item)] = index }
        guard last.count < items.count else { return items }
        return items.indices.filter { last[id(items[$0])] == $0 }.map { items[$0] }
    }
}
