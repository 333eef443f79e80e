import NIOPosix
import UtdelningKit

/// Phones out at once share a commit: a tick waits while the transaction before it is
/// written, and all the ticks that came in meanwhile go into the next transaction together,
/// each in a savepoint of its own (`District.recordTicks`). One phone alone waits for no
/// one; none is answered before its transaction is committed. The writing runs on a thread
/// of its own, never on an event loop, and never behind a sheet being drawn.
actor TickBatcher {
    /// Enough to take a burst of every phone of a large district in one commit.
    static let largestBatch = 1_000

    private let district: District
    private let writer: NIOThreadPool
    private var waiting: [(tick: PhoneTick, answer: CheckedContinuation<DeliveryReport, Error>)] = []
    private var writing = false

    init(district: District) {
        self.district = district
        writer = NIOThreadPool(numberOfThreads: 1)
        writer.start()
    }

    deinit {
        writer.shutdownGracefully { _ in }
    }

    func record(_ tick: PhoneTick) async throws -> DeliveryReport {
        try await withCheckedThrowingContinuation { answer in
            waiting.append((tick, answer))
            if !writing {
                writing = true
                Task { await self.writeWhileWaiting() }
            }
        }
    }

    private func writeWhileWaiting() async {
        while !waiting.isEmpty {
            let batch = Array(waiting.prefix(Self.largestBatch))
            waiting.removeFirst(batch.count)
            let ticks = batch.map(\.tick)
            let district = self.district
            let results: [Result<DeliveryReport, Error>]
            do {
                results = try await writer.runIfActive { try district.recordTicks(ticks) }
            } catch {
                results = Array(repeating: .failure(error), count: batch.count)
            }
            for (waiter, result) in zip(batch, results) { waiter.answer.resume(with: result) }
        }
        writing = false
    }
}
