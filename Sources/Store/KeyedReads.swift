import Vocabulary

extension StoreTransaction {
    /// Runs a `WHERE key IN (…)` query over distinct keys in groups small enough for one
    /// statement's parameters; `query` gets each group and its placeholders ("?,?,…").
    static func inGroups<T>(of keys: [PointKey], size: Int = 500, _ query: ([PointKey], String) throws -> [T]) rethrows -> [T] {
        let distinct = Array(Set(keys)).sorted()
        var found: [T] = []
        for start in stride(from: 0, to: distinct.count, by: size) {
            let group = Array(distinct[start..<min(start + size, distinct.count)])
            found += try query(group, Array(repeating: "?", count: group.count).joined(separator: ","))
        }
        return found
    }
}
