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

/// Someone else changed the area after the page was loaded: what changed, and the way back.
struct ConflictView {
    var title = "Området har ändrats"
    var map = false
    var staff = true
    var changes: [String]
    var url: String

    init(area: AreaID, seen: AreaRevision, now: AreaRevision, names: [VolunteerID: String]) {
        func who(_ id: VolunteerID?) -> String { id.map { "\(names[$0] ?? "") (nr \($0))" } ?? "ingen" }
        var changes: [String] = []
        if seen.volunteer != now.volunteer { changes.append("Volontär: du såg \(who(seen.volunteer)), nu \(who(now.volunteer)).") }
        if seen.locked != now.locked { changes.append(now.locked ? "Området har låsts." : "Området har låsts upp.") }
        if seen.version != now.version { changes.append("Arket har en ny version: \(now.version) (du såg \(seen.version)).") }
        self.changes = changes
        url = "/coordinator/areas/\(area)"
    }
}

/// The changes by hand, newest first: who, when, what, by id.
struct AuditView {
    struct Row {
        var at: String
        var user: String
        var action: String
        var area: String
        var volunteer: String
        var link: String
        var association: String
    }

    var title = "Ändringslogg"
    var map = false
    var staff = true
    var user: String
    var csrf: String
    var rows: [Row]

    init(log: AuditLog, user: StaffUser, csrf: String) {
        self.user = user.name
        self.csrf = csrf
        rows = log.entries.map { e in
            Row(
                at: e.at.replacingOccurrences(of: "T", with: " ").replacingOccurrences(of: "Z", with: " UTC"), user: e.user, action: Self.action(e.action),
                area: e.area.map { "\($0)" } ?? "", volunteer: e.volunteer.map { "nr \($0)" } ?? "", link: e.link.map { "nr \($0)" } ?? "", association: e.association ?? "")
        }
    }

    static func action(_ action: String) -> String {
        switch StaffEdit.Action(rawValue: action) {
        case .assign: "tilldelade"
        case .unassign: "tog bort tilldelning"
        case .lock: "låste"
        case .unlock: "låste upp"
        case .renewLink: "ny länk"
        case .revokeLink: "återkallade länk"
        case .deliver: "registrerade ark"
        case .autoAssign: "automatisk tilldelning"
        case nil: action
        }
    }
}
