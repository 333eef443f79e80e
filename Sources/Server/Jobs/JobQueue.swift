import Foundation
import NIOConcurrencyHelpers
import UtdelningKit

/// The district's write jobs, one at a time in the order they came: a second upload or plan
/// waits in a queue the console shows. The work runs on a serial queue of its own, never on
/// an event loop. Jobs live in the server's memory: a reload finds them, a restart does not
/// (an import cut short by a restart wrote nothing, since each is one transaction).
final class JobQueue: Sendable {
    /// Ended jobs kept for their pages, newest first, beyond the waiting and running ones.
    static let endedKept = 50

    private let runner = DispatchQueue(label: "utdelning.console-jobs")
    private let jobs = NIOLockedValueBox<[ConsoleJob]>([])
    private let nextID = NIOLockedValueBox(1)
    /// Pages waiting for a job to change, woken by `update` or by their time running out:
    /// whoever removes a waiter resumes it; one whose time ran out before it was registered
    /// is marked expired.
    private struct Waiters {
        var wakes: [Int: (job: Int, wake: CheckedContinuation<Void, Never>)] = [:]
        var expired: Set<Int> = []
    }

    private let waiting = NIOLockedValueBox(Waiters())
    private let nextWaiter = NIOLockedValueBox(0)

    /// Queues `work` and returns the job's id at once. `work` gets a handle to report
    /// progress and returns the report the command line would print.
    func start(
        _ kind: ConsoleJob.Kind, title: String, startedBy: String, _ work: @escaping @Sendable (JobProgress) throws -> String
    ) -> Int {
        let id = nextID.withLockedValue { next in
            defer { next += 1 }
            return next
        }
        jobs.withLockedValue { $0.append(ConsoleJob(id: id, kind: kind, title: title, startedBy: startedBy, queuedAt: Date())) }
        runner.async { [self] in run(id, work) }
        return id
    }

    func job(_ id: Int) -> ConsoleJob? {
        jobs.withLockedValue { all in Self.withPlaces(all).first { $0.id == id } }
    }

    /// Running and queued first (in their order), then the ended ones, newest first.
    var all: [ConsoleJob] {
        jobs.withLockedValue { all in
            let placed = Self.withPlaces(all)
            return placed.filter { !$0.isOver } + placed.filter(\.isOver).reversed()
        }
    }

    /// The jobs with each waiting one's place: how many run or wait before it.
    private static func withPlaces(_ all: [ConsoleJob]) -> [ConsoleJob] {
        var ahead = all.contains { $0.state == .running } ? 1 : 0
        return all.map { job in
            guard job.state == .queued else { return job }
            var placed = job
            placed.ahead = ahead
            ahead += 1
            return placed
        }
    }

    /// Waits until every job queued so far has ended (tests and shutdown).
    func drain() async {
        await withCheckedContinuation { (done: CheckedContinuation<Void, Never>) in runner.async { done.resume() } }
    }

    func update(_ id: Int, _ change: (inout ConsoleJob) -> Void) {
        jobs.withLockedValue { all in
            if let i = all.firstIndex(where: { $0.id == id }) {
                change(&all[i])
                all[i].version += 1
            }
        }
        let woken = waiting.withLockedValue { waiters in
            let mine = waiters.wakes.filter { $0.value.job == id }
            for key in mine.keys { waiters.wakes[key] = nil }
            return mine.values.map(\.wake)
        }
        woken.forEach { $0.resume() }
    }

    /// The job once it has changed since `version`, or as it is after `longest`: a job's page
    /// hears of each change the moment it happens, and of its end at once.
    func job(_ id: Int, changedSince version: Int, waitingAtMost longest: Duration) async -> ConsoleJob? {
        let key = nextWaiter.withLockedValue { next in
            defer { next += 1 }
            return next
        }
        let timeout = Task { [waiting] in
            guard (try? await Task.sleep(for: longest)) != nil else { return }
            waiting.withLockedValue { waiters -> CheckedContinuation<Void, Never>? in
                guard let waiter = waiters.wakes.removeValue(forKey: key) else { waiters.expired.insert(key); return nil }
                return waiter.wake
            }?.resume()
        }
        await withCheckedContinuation { (wake: CheckedContinuation<Void, Never>) in
            // Checked and registered under the jobs' lock, so a change cannot slip in between.
            let ready = jobs.withLockedValue { all in
                guard let job = all.first(where: { $0.id == id }), job.version <= version, !job.isOver else { return true }
                return waiting.withLockedValue { waiters in
                    guard waiters.expired.remove(key) == nil else { return true }
                    waiters.wakes[key] = (id, wake)
                    return false
                }
            }
            if ready { wake.resume() }
        }
        timeout.cancel()
        await timeout.value
        waiting.withLockedValue { _ = $0.expired.remove(key) }
        return job(id)
    }

    private func run(_ id: Int, _ work: @Sendable (JobProgress) throws -> String) {
        update(id) { $0.state = .running; $0.startedAt = Date() }
        let progress = JobProgress(queue: self, id: id)
        do {
            let report = try work(progress)
            update(id) { $0.state = .done; $0.report = report }
        } catch {
            let line = (error as? UseCaseError ?? UseCaseError(error)).message
            update(id) { $0.state = .failed; $0.error = line }
        }
        update(id) { $0.finishedAt = Date(); $0.phase = nil }
        forgetOldEnded()
    }

    private func forgetOldEnded() {
        jobs.withLockedValue { all in
            let ended = all.filter(\.isOver).count
            guard ended > Self.endedKept else { return }
            var drop = ended - Self.endedKept
            all.removeAll { job in
                guard drop > 0, job.isOver else { return false }
                drop -= 1
                return true
            }
        }
    }
}

/// What a job's work may say about itself while it runs.
struct JobProgress: Sendable {
    let queue: JobQueue
    let id: Int

    func importStep(_ step: ImportStep) {
        queue.update(id) { job in
            switch step {
            case .reading(let objects): job.phase = .reading; job.objectsRead = objects
            case .writing: job.phase = .writing
            }
        }
    }

    func planStep(_ step: PlanStep) {
        queue.update(id) { job in
            switch step {
            case .reading: job.phase = .reading
            case .toCut(let associations):
                job.phase = .planning
                job.associations = associations.map { .init(name: $0.name, deliveryPoints: $0.deliveryPoints) }
            case .planning(let name, _):
                if let i = job.associations.firstIndex(where: { $0.name == name }) { job.associations[i].started = true }
            case .planned(let name, let areas):
                if let i = job.associations.firstIndex(where: { $0.name == name }) { job.associations[i].areas = areas }
            case .writing: job.phase = .writing
            }
        }
    }

    /// An extract's objects all told, once read (progress comes every 100,000).
    func objectsRead(_ count: Int) {
        queue.update(id) { $0.objectsRead = count }
    }

    func phase(_ phase: ConsoleJob.Phase) {
        queue.update(id) { $0.phase = phase }
    }

    func planned(_ figures: PlanSummaryFigures) {
        queue.update(id) { $0.planSummary = figures }
    }
}
