import Foundation
import UtdelningKit
import Wording

/// One job's page: what it is, how far it has come, and when over, its report or its error.
struct ConsoleJobView {
    /// A job as one line of the data page's table.
    struct Row {
        var id: Int
        var url: String
        var what: String
        var title: String
        var startedBy: String
        var state: String
        var failed: Bool
        /// For a job not yet over, where the data page's script follows it.
        var pollURL: String?
        var version: Int

        init(_ job: ConsoleJob, words: ConsoleDataWords) {
            id = job.id
            url = "/coordinator/jobs/\(job.id)"
            what = words.kind(job.kind)
            title = job.title
            startedBy = job.startedBy
            state = words.state(job)
            failed = job.state == .failed
            pollURL = job.isOver ? nil : "\(url)/progress.json"
            version = job.version
        }
    }

    struct Figure {
        var label: String
        var value: String
    }

    /// What the page's script reads each time the job changes.
    struct Progress: Codable {
        var version: Int
        var over: Bool
        /// queued, running, done or failed, for the script; `state` is in words.
        var code: String
        var state: String
        /// The one-line error of a failed job, and that nothing changed.
        var error: String?
        var nothingChanged: String?
        var objects: String
        var associations: [String]
        /// A plan's share done, by delivery points of the associations cut; nothing for a
        /// file being read, whose size in objects is not known before its end.
        var hasFraction: Bool
        var fraction: Double
    }

    var title: String
    var staff = true
    var map = false
    var jobsScript = true
    var user: String
    var csrf: String
    var words: ConsoleWords
    var job: Row
    var pollURL: String
    var over: Bool
    var progress: Progress
    var figures: [Figure]
    var hasFigures: Bool
    var report: String?
    var error: String?
    var nextURL: String
    /// After a file has gone in well and there are associations, planning is the likely next
    /// step: its form is here.
    var planForm: PlanFormView?

    /// A file that changes households or associations has gone in: planning is next.
    static func offersPlan(_ job: ConsoleJob) -> Bool {
        job.kind.leadsToPlan && job.state == .done
    }

    init(_ job: ConsoleJob, planForm: PlanFormView?, user: StaffUser, csrf: String, words: ConsoleWords) {
        let w = words.data
        title = "\(w.job) \(job.id): \(w.kind(job.kind))"
        self.user = user.name
        self.csrf = csrf
        self.words = words
        self.job = Row(job, words: w)
        pollURL = "/coordinator/jobs/\(job.id)/progress.json"
        over = job.isOver
        progress = Self.progress(job, words: words)
        figures = job.planSummary.map { Self.figures($0, words: words) } ?? []
        hasFigures = !figures.isEmpty
        report = job.report
        error = job.error
        nextURL = job.kind == .plan && job.state == .done ? "/coordinator/areas" : "/coordinator/data"
        self.planForm = Self.offersPlan(job) && planForm?.associations.isEmpty == false ? planForm : nil
    }

    static func progress(_ job: ConsoleJob, words: ConsoleWords) -> Progress {
        let w = words.data
        let points = job.associations.reduce(0) { $0 + $1.deliveryPoints }
        let cut = job.associations.filter { $0.areas != nil }.reduce(0) { $0 + $1.deliveryPoints }
        return Progress(
            version: job.version, over: job.isOver, code: job.state.rawValue, state: w.state(job),
            error: job.error, nothingChanged: job.error == nil ? nil : w.failedNote,
            objects: job.objectsRead > 0 ? "\(job.objectsRead.grouped) \(w.objectsRead)" : "",
            associations: job.associations.map { a in
                let state = a.areas.map { words.areaCount($0) } ?? (a.started ? "\(w.planning)…" : w.waitingForAssociation)
                return "\(a.name) (\(a.deliveryPoints.grouped) \(w.points)): \(state)"
            }, hasFraction: points > 0, fraction: points > 0 ? Double(cut) / Double(points) : 0)
    }

    static func figures(_ s: PlanSummaryFigures, words: ConsoleWords) -> [Figure] {
        let w = words.data
        return [
            Figure(label: w.areas, value: s.areas.grouped),
            Figure(label: w.households, value: s.households.grouped),
            Figure(label: w.withinTolerance, value: "\(s.withinTolerance.grouped) / \(s.areas.grouped)"),
            Figure(label: w.fullBags, value: s.fullBags.grouped),
            Figure(label: w.remnants, value: s.remnants.grouped),
            Figure(label: w.deadhead, value: "\(s.deadheadPercent) %"),
            Figure(label: w.outside, value: "\(s.householdsOutside.grouped) (\(s.pointsOutside.grouped))"),
        ] + s.areasByAssociation.map { Figure(label: $0.name, value: "\(words.areaCount($0.areas)), \($0.households.grouped) \(w.households.lowercased())") }
    }
}
