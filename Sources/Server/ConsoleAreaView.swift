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

    init(area: AreasReport.Area, walk: AreaWalk, choices: AssignmentChoices, revision: AreaRevision, names: [VolunteerID: String], user: StaffUser, csrf: String, notices: [String] = [],
        console: ConsoleWords = ConsoleWords.swedish
    ) {
        let page = console.areaPage, table = console.table
        self.words = console
        title = "\(page.area) \(area.id)"
        self.user = user.name
        self.csrf = csrf
        id = area.id.description
        association = area.association
        url = "/coordinator/areas/\(area.id)"
        locked = area.locked
        assigned = area.volunteer != nil
        self.revision = revision.token
        let words = console.lang == "en" ? PhoneWords.english : PhoneWords.swedish
        let reached = page.reached.replacingOccurrences(of: "{done}", with: walk.householdsDone.grouped).replacingOccurrences(of: "{all}", with: area.households.grouped)
        facts = [
            Fact(label: page.status, value: table.status(area.status)),
            Fact(label: page.volunteer, value: area.volunteer.map { console.named(names[$0] ?? "", $0) } ?? page.nobody),
            Fact(label: page.households, value: reached),
            Fact(label: page.stops, value: area.deliveryPoints.grouped),
            Fact(label: page.minutes, value: String(format: "%.1f", area.minutes).replacingOccurrences(of: ".", with: console.lang == "sv" ? "," : ".")),
            Fact(label: page.distance, value: "\(Int(area.routeMeters).grouped) m"), Fact(label: page.mode, value: table.mode(area.mode)),
            Fact(label: page.balance, value: table.balance(area.balance)), Fact(label: page.locked, value: area.locked ? page.yes : page.no),
            Fact(label: page.sheetVersion, value: "\(area.version)" + (area.printedVersion.map { ", \(page.printed) \($0)" } ?? ", \(page.notPrinted)")),
        ]
        func choice(_ c: AssignmentChoices.Choice) -> Choice {
            let other = c.own ? "" : ", \(c.association)"
            let holds = page.holds.replacingOccurrences(of: "{holds}", with: "\(c.holds)").replacingOccurrences(of: "{capacity}", with: "\(c.capacity)")
            return Choice(id: c.volunteer.description, label: "\(c.name) (\(console.numbered(c.volunteer))\(other), \(holds))", selected: c.volunteer == choices.current)
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
    static func notices(_ report: DeliveryReport, words: ConsoleWords = .swedish) -> [String] {
        let version = report.version.map(String.init) ?? "–"
        return [words.areaPage.recorded.filled(["version": version, "recorded": "\(report.recorded)", "repeated": "\(report.repeated)"])]
    }

    /// What `assign` warns of, in words: done anyway, the coordinator may know better.
    static func notices(_ done: ManualAssignment, names: [VolunteerID: String], words: ConsoleWords = .swedish) -> [String] {
        let page = words.areaPage
        func who(_ volunteer: VolunteerID) -> String { names[volunteer] ?? words.numbered(volunteer) }
        return done.warnings.map { warning in
            switch warning {
            case .overCapacity(let volunteer, let areas, let capacity):
                page.overCapacity.filled(["name": who(volunteer), "areas": "\(areas)", "capacity": "\(capacity)"])
            case .otherAssociation(_, let association, let volunteer, let theirs):
                page.otherAssociation.filled(["name": who(volunteer), "theirs": theirs, "association": association])
            case .mode(_, let mode, let volunteer):
                page.modeNotGiven.filled(["mode": words.table.mode(mode.rawValue), "name": who(volunteer)])
            }
        }
    }
}
