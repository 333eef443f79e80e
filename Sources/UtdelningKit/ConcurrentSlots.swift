import Foundation

/// One slot per task of a `DispatchQueue.concurrentPerform`, filled from its threads.
final class ConcurrentSlots<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Value?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ i: Int, _ value: Value) {
        lock.lock()
        defer { lock.unlock() }
        slots[i] = value
    }

    /// The slots in task order; a slot never set is nil.
    var values: [Value?] {
        lock.lock()
        defer { lock.unlock() }
        return slots
    }
}
