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
        var holds: Int
        var capacity: Int
    }

    struct Area {
        var id: String
        var url: String
    }

    var title = "Automatisk tilldelning"
    var map = false
    var staff = true
    var user: String
    var csrf: String
    var words = ConsoleWords.swedish
    var summary: String
    var associations: [Association]

    init(report: AssignReport, user: StaffUser, csrf: String) {
        self.user = user.name
        self.csrf = csrf
        summary = "\(report.assigned) områden tilldelade nu, \(report.unassigned.count) fortfarande utan volontär."
        func areas(_ ids: [AreaID]) -> [Area] { ids.map { Area(id: $0.description, url: "/coordinator/areas/\($0)") } }
        associations = report.associations.map { a in
            Association(
                name: a.name,
                volunteers: a.volunteers.map { Volunteer(name: "\($0.name) (nr \($0.id))", areas: areas($0.areas), holds: $0.holds, capacity: $0.capacity) },
                open: areas(a.unassigned), hasOpen: !a.unassigned.isEmpty,
                suggestions: report.suggestions.filter { $0.association == a.name }.map { s in
                    "Fråga \(s.helper) (plats för \(s.spareAreas)): områdena \(s.areas.map(\.description).joined(separator: ", "))"
                })
        }
    }
}
