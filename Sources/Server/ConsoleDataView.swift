import Foundation
import UtdelningKit
import Wording

/// The console's data page: an upload form per kind of file, the plan form, and the jobs
/// (running, waiting, ended).
struct ConsoleDataView {
    struct UploadForm {
        var kind: String
        var label: String
        var hint: String
        var accept: String
    }

    var title: String
    var staff = true
    var map = false
    var jobsScript = true
    var user: String
    var csrf: String
    var words: ConsoleWords
    var uploads: [UploadForm]
    var planForm: PlanFormView
    var jobs: [ConsoleJobView.Row]
    var hasJobs: Bool

    init(jobs: [ConsoleJob], planForm: PlanFormView, user: StaffUser, csrf: String, words: ConsoleWords) {
        let w = words.data
        title = w.heading
        self.user = user.name
        self.csrf = csrf
        self.words = words
        uploads = [
            UploadForm(kind: ConsoleJob.Kind.osm.rawValue, label: w.osm, hint: w.osmHint, accept: ".pbf,.osm"),
            UploadForm(kind: ConsoleJob.Kind.boundaries.rawValue, label: w.boundaries, hint: w.boundariesHint, accept: ".geojson,.json"),
            UploadForm(kind: ConsoleJob.Kind.register.rawValue, label: w.register, hint: w.registerHint, accept: ".csv,.txt"),
            UploadForm(kind: ConsoleJob.Kind.volunteers.rawValue, label: w.volunteers, hint: w.volunteersHint, accept: ".csv,.txt"),
            UploadForm(kind: ConsoleJob.Kind.returnedSheets.rawValue, label: w.returnedSheets, hint: w.returnedSheetsHint, accept: ".csv,.txt"),
        ]
        self.planForm = planForm
        self.jobs = jobs.map { ConsoleJobView.Row($0, words: w) }
        hasJobs = !jobs.isEmpty
    }
}
