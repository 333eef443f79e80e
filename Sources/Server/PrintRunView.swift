import Foundation
import Planner
import UtdelningKit
import Wording

/// The print run as the console's table: the same figures as `utdelning printrun`.
struct PrintRunView {
    struct Row {
        var name: String
        var households: String
        var papers: String
    }

    var title: String
    var map = false
    var staff = true
    var user: String
    var csrf: String
    var words = ConsoleWords.swedish
    var rows: [Row]
    var households: String
    var papers: String
    var spare: String
    var spareNote: String

    init(run: PrintRun, user: StaffUser, csrf: String, words: ConsoleWords = ConsoleWords.swedish) {
        self.user = user.name
        self.csrf = csrf
        self.words = words
        title = words.table.printRun
        rows = run.associations.map { Row(name: $0.name, households: $0.households.grouped, papers: $0.papers.grouped) }
        households = run.households.grouped
        papers = run.papers.grouped
        spare = String(format: "%g", run.spare * 100).replacingOccurrences(of: ".", with: words.lang == "sv" ? "," : ".")
        spareNote = words.table.spareNote.replacingOccurrences(of: "{spare}", with: spare)
    }
}
