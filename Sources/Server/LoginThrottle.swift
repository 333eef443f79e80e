import Foundation
import Synchronization

/// Failed log-ins, counted per name and per caller's address over a sliding window: after
/// `limit` failures either is refused, right password or not, until the oldest of them is
/// `window` old. Kept in memory: a restart forgets them, which costs an attacker a restart
/// they cannot cause; one process serves a district.
final class LoginThrottle: Sendable {
    let limit: Int
    let window: Duration
    private let now: @Sendable () -> Date
    private let failures = Mutex<[String: [Date]]>([:])

    init(limit: Int = 5, window: Duration = .seconds(15 * 60), now: @escaping @Sendable () -> Date = { Date() }) {
        self.limit = limit
        self.window = window
        self.now = now
    }

    /// The keys a log-in is counted under: the name typed and the caller's address, if known.
    static func keys(name: String, address: String?) -> [String] {
        ["name:" + name.lowercased()] + (address.map { ["address:" + $0] } ?? [])
    }

    /// Seconds until a log-in under these keys is heard again; nil when it is heard now.
    func retryAfterSeconds(_ keys: [String]) -> Int? {
        let now = now()
        return failures.withLock { all in
            keys.compactMap { key -> Int? in
                let recent = Self.recent(all[key] ?? [], now: now, window: window)
                guard recent.count >= limit else { return nil }
                let free = recent[recent.count - limit].addingTimeInterval(seconds(window))
                return max(1, Int(free.timeIntervalSince(now).rounded(.up)))
            }.max()
        }
    }

    func failed(_ keys: [String]) {
        let now = now()
        failures.withLock { all in
            for key in keys { all[key] = Self.recent(all[key] ?? [], now: now, window: window) + [now] }
            // Forget keys whose failures have all aged out, so the table does not grow.
            all = all.filter { !Self.recent($0.value, now: now, window: window).isEmpty }
        }
    }

    /// A right password clears its name's count (not its address's: one good account must
    /// not wash an address that tries many names).
    func succeeded(name: String) {
        _ = failures.withLock { $0.removeValue(forKey: "name:" + name.lowercased()) }
    }

    private static func recent(_ times: [Date], now: Date, window: Duration) -> [Date] {
        times.filter { now.timeIntervalSince($0) < TimeInterval(window.components.seconds) }
    }

    private func seconds(_ duration: Duration) -> TimeInterval { TimeInterval(duration.components.seconds) }
}
