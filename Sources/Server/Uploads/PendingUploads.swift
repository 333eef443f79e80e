import Foundation
import NIOConcurrencyHelpers

/// Boundary files waiting for the coordinator to choose their name property: kept on disk
/// under a random token for an hour at most, then removed.
final class PendingUploads: Sendable {
    static let keptSeconds: TimeInterval = 3_600

    private let waiting = NIOLockedValueBox<[String: (upload: Upload, since: Date)]>([:])

    func keep(_ upload: Upload, now: Date = Date()) -> String {
        let token = UUID().uuidString.lowercased()
        let expired = waiting.withLockedValue { all -> [Upload] in
            let old = all.filter { now.timeIntervalSince($0.value.since) > Self.keptSeconds }
            for key in old.keys { all[key] = nil }
            all[token] = (upload, now)
            return old.values.map(\.upload)
        }
        expired.forEach { $0.discard() }
        return token
    }

    func peek(_ token: String) -> Upload? {
        waiting.withLockedValue { $0[token]?.upload }
    }

    /// The upload, no longer waiting: the caller imports it, then discards it.
    func take(_ token: String) -> Upload? {
        waiting.withLockedValue { all in
            defer { all[token] = nil }
            return all[token]?.upload
        }
    }
}
