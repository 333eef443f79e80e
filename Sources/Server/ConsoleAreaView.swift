import Foundation
import UtdelningKit
import Vocabulary

/// One area for the coordinator: its figures, map and stops, its sheet, and the forms that
/// lock it and give it to a volunteer. Every form carries the area's revision as the page saw it.
struct ConsoleAreaView {
    struct Stop {
        var number: Int
        var address: String
        var papers: Int
        var stateLabel: String
        var stateClass: String
    }

    struct Fact {
        var label: String
        var value: String
    }

    struct Choice {
        var id: String
        var label: String
        var selected: Bool
    }

    var title: String
    var map = true
    var staff = true
    var user: String
    var csrf: String
    var words = ConsoleWords.swedish
    var id: String
    var association: String
    var facts: [Fact]
    var locked: Bool
    var assigned: Bool
    var revision: String
    var url: String
    var own: [Choice]
    var neighbours: [Choice]
    var hasOwn: Bool
    var hasNeighbours: Bool
    var stops: [Stop]
    var notices: [String]
    /// The sheet version a returned sheet is most likely to carry: the one printed, else the current.
    var sheetVersion: Int

    init(area: AreasReport.Area, walk: AreaWalk, choices: AssignmentChoices, revision: AreaRevision, names: [VolunteerID: String], user: StaffUser, csrf: String, notices: [String] = []) {
        title = "Område \(area.id)"
        self.user = user.name
        self.csrf = csrf
        id = area.id.description
        association = area.association
        url = "/coordinator/areas/\(area.id)"
        locked = area.locked
        assigned = area.volunteer != nil
        self.revision = revision.token
        let words = PhoneWords.swedish
        facts = [
            Fact(label: "Status", value: ConsoleAreasView.status(area.status)),
            Fact(label: "Volontär", value: area.volunteer.map { "\(names[$0] ?? "") (nr \($0))" } ?? "ingen"),
            Fact(label: "Hushåll", value: "\(walk.householdsDone.grouped) av \(area.households.grouped) nådda"),
            Fact(label: "Stopp", value: area.deliveryPoints.grouped),
            Fact(label: "Minuter", value: String(format: "%.1f", area.minutes).replacingOccurrences(of: ".", with: ",")),
            Fact(label: "Sträcka", value: "\(Int(area.routeMeters).grouped) m"), Fact(label: "Sätt", value: ConsoleAreasView.mode(area.mode)),
            Fact(label: "Balans", value: ConsoleAreasView.balance(area.balance)), Fact(label: "Låst", value: area.locked ? "ja" : "nej"),
            Fact(label: "Arkversion", value: "\(area.version)" + (area.printedVersion.map { ", utskriven \($0)" } ?? ", inte utskriven")),
        ]
        func choice(_ c: AssignmentChoices.Choice) -> Choice {
            let other = c.own ? "" : ", \(c.association)"
            return Choice(id: c.volunteer.description, label: "\(c.name) (nr \(c.volunteer)\(other), har \(c.holds) av \(c.capacity))", selected: c.volunteer == choices.current)
        }
        own = choices.choices.filter(\.own).map(choice)
        neighbours = choices.choices.filter { !$0.own }.map(choice)
        hasOwn = !own.isEmpty
        hasNeighbours = !neighbours.isEmpty
        stops = walk.stops.map { stop in
            Stop(number: stop.number, address: stop.address, papers: stop.papers, stateLabel: AreaView.label(stop.state, words), stateClass: AreaView.cssClass(stop.state))
        }
        self.notices = notices
        sheetVersion = area.printedVersion ?? area.version
    }

    /// What recording a returned sheet did, in words.
    static func notices(_ report: DeliveryReport) -> [String] {
        ["Arket registrerat (version \(report.version.map(String.init) ?? "–")): \(report.recorded) stopp nya, \(report.repeated) redan registrerade."]
    }

    /// What `assign` warns of, in words: done anyway, the coordinator may know better.
    static func notices(_ done: ManualAssignment, names: [VolunteerID: String]) -> [String] {
        done.warnings.map { warning in
            switch warning {
            case .overCapacity(let volunteer, let areas, let capacity):
                "\(names[volunteer] ?? "nr \(volunteer)") har nu \(areas) områden men orkar \(capacity)."
            case .otherAssociation(_, let association, let volunteer, let theirs):
                "\(names[volunteer] ?? "nr \(volunteer)") hör till \(theirs), området till \(association)."
            case .mode(_, let mode, let volunteer):
                "Området går med \(ConsoleAreasView.mode(mode.rawValue)), som \(names[volunteer] ?? "nr \(volunteer)") inte har angett."
            }
        }
    }
}
