extension Array {
    /// `self + other`, without a copy when either side is empty: `+` copies every element of the
    /// left side into a buffer of its own even when nothing is added, and an import's points and
    /// buildings run to hundreds of thousands of structs full of strings (perf of a first import).
    public func concatenated(with other: [Element]) -> [Element] {
        if other.isEmpty { return self }
        if isEmpty { return other }
        return self + other
    }
}
