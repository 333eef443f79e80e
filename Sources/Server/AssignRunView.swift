import Foundation
import UtdelningKit
import Vocabulary

/// The report of an automatic `assign` run from the console, as `utdelning assign` prints it:
/// per association, who got which areas, what is still open and whom to ask for help.
struct AssignRunView {
    struct Association {
        var name: String
        var volunteers: [Volunteer]
        var open: [Area]
        var hasOpen: Bool
        var suggestions: [String]
    }

    struct Volunteer {
        var name: String
        var areas: [Area]
        /// "har 2 av 2".
        var holds: String
    }

    struct Area {
        var id: String
        var url: String
    }

    var title: String
    var map = false
    var staff = true
    var user: String
    var csrf: String
    var words: ConsoleWords
    var summary: String
    var associations: [Association]

    init(report: AssignReport, user: StaffUser, csrf: String, words: ConsoleWords = .swedish) {
        self.user = user.name
        self.csrf = csrf
        self.words = words
        let run = words.run
        title = run.title
        summary = run.summary.filled(["assigned": "\(report.assigned)", "open": "\(report.unassigned.count)"])
        func areas(_ ids: [AreaID]) -> [Area] { ids.map { Area(id: $0.description, url: "/coordinator/areas/\($0)") } }
        func holds(_ v: AssignReport.Volunteer) -> String {
            words.areaPage.holds.filled(["holds": "\(v.holds)", "capacity": "\(v.capacity)"])
        }
        associations = report.associations.map { a in
            Association(
                name: a.name,
                volunteers: a.volunteers.map { Volunteer(name: words.named($0.name, $0.id), areas: areas($0.areas), holds: holds($0)) },
                open: areas(a.unassigned), hasOpen: !a.unassigned.isEmpty,
                suggestions: report.suggestions.filter { $0.association == a.name }.map { s in
                    run.ask.filled(["helper": s.helper, "spare": "\(s.spareAreas)", "areas": s.areas.map(\.description).joined(separator: ", ")])
                })
        }
    }
}
