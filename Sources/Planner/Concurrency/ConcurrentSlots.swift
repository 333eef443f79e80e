import Foundation

/// One slot per task of a `DispatchQueue.concurrentPerform`, filled from its threads.
public final class ConcurrentSlots<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Value?]

    public init(count: Int) { slots = Array(repeating: nil, count: count) }

    public func set(_ i: Int, _ value: Value) {
        lock.lock()
        defer { lock.unlock() }
        slots[i] = value
    }

    /// The slots in task order; a slot never set is nil.
    public var values: [Value?] {
        lock.lock()
        defer { lock.unlock() }
        return slots
    }
}

extension Array where Element: Sendable {
    /// `map` with the elements spread over the cores; the results in the elements' order.
    public func concurrentMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        let slots = ConcurrentSlots<T>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { i in slots.set(i, transform(self[i])) }
        return slots.values.compactMap { $0 }
    }
}
