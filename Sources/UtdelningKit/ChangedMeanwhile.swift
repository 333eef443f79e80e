import Store

/// Runs an action that works out its writes from a read (with `stampedRead`, then
/// `write(unchangedSince:)`) once more when another command wrote in between, so that a lock,
/// an assignment or a delivery made meanwhile is worked from, never written over. A second
/// change in a row is refused (`StoreError.changed`, exit 74): the district is that busy.
func workingFromOneSnapshot<T>(_ work: () throws -> T) throws -> T {
    do {
        return try work()
    } catch let error as StoreError where error.kind == .changed {
        return try work()
    }
}
