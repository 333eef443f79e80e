import Foundation
import UtdelningKit
import Vocabulary

/// The coordinator's areas: the district map by status and the `areas --format json` fields
/// as a table, sorted by any column and filtered by association.
struct ConsoleAreasView {
    struct Row {
        var id: String
        var url: String
        var association: String
        var deliveryPoints: Int
        var households: Int
        var papers: Int
        var minutes: String
        var routeMeters: String
        var mode: String
        var locked: Bool
        var balance: String
        var volunteer: String
        var status: String
        var statusLabel: String
        var version: Int
        var printedVersion: String
        var streets: String
    }

    struct Column {
        var label: String
        var url: String
        var mark: String
    }

    struct Choice {
        var name: String
        var selected: Bool
    }

    /// A volunteer's colour on the map, with the areas they hold (as the page's script reads them).
    struct VolunteerSwatch {
        var key: String
        var label: String
        var fill: String?
        var areas: String
    }

    var title: String
    var board = true
    var map = true
    var staff = true
    var user: String
    var csrf: String
    var words = ConsoleWords.swedish
    var rows: [Row]
    var columns: [Column]
    var associations: [Choice]
    var summary: String
    var legend: [BoardView.Legend]
    /// The map's other colouring: the plan's balance, as the table's column words it.
    var balanceLegend: [BoardView.Legend]
    static let balances = ["within", "paperCap", "remnant", "outside"]
    /// The map's third colouring: one colour per volunteer, unassigned areas grey.
    var volunteerLegend: [VolunteerSwatch]

    /// Sortable columns, by their JSON field name (the heading is the words' `columns`).
    static let sortable: [(key: String, label: String)] = [
        "id", "association", "deliveryPoints", "households", "papers", "minutes", "routeMeters", "mode", "locked", "balance", "volunteer", "status",
        "version", "printedVersion",
    ].map { ($0, ConsoleTableWords.swedish.columns[$0] ?? $0) }

    init(report: AreasReport, names: [VolunteerID: String], associations: [String], chosen: String?, sort: String, descending: Bool, user: StaffUser, csrf: String,
        words: ConsoleWords = ConsoleWords.swedish
    ) {
        self.words = words
        title = words.areasHeading
        let table = words.table
        legend = BoardView.legend.map { BoardView.Legend(status: $0.status, label: table.status($0.status)) }
        balanceLegend = Self.balances.map { BoardView.Legend(status: "balance-" + $0, label: table.balance($0)) }
        self.user = user.name
        self.csrf = csrf
        let sorted = Self.sorted(report.areas, by: sort, descending: descending, names: names)
        rows = sorted.map { a in
            Row(
                id: a.id.description, url: "/coordinator/areas/\(a.id)", association: a.association, deliveryPoints: a.deliveryPoints, households: a.households,
                papers: a.papers, minutes: String(format: "%.1f", a.minutes).replacingOccurrences(of: ".", with: ","), routeMeters: Int(a.routeMeters).grouped,
                mode: table.mode(a.mode), locked: a.locked, balance: table.balance(a.balance),
                volunteer: a.volunteer.map { words.named(names[$0] ?? "", $0) } ?? "–", status: Self.legendStatus(a.status), statusLabel: table.status(a.status),
                version: a.version, printedVersion: a.printedVersion.map(String.init) ?? "–", streets: a.streets.joined(separator: ", "))
        }
        let filter = chosen.map { "association=\($0.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")&" } ?? ""
        columns = Self.sortable.map { column in
            let again = column.key == sort && !descending
            return Column(
                label: table.columns[column.key] ?? column.key, url: "/coordinator/areas?\(filter)sort=\(column.key)\(again ? "&order=desc" : "")",
                mark: column.key == sort ? (descending ? " ▼" : " ▲") : "")
        }
        self.associations = associations.map { Choice(name: $0, selected: $0 == chosen) }
        volunteerLegend = Self.volunteerLegend(report.areas, names: names, words: words)
        let s = report.summary
        summary = table.summary(
            areas: s.areas.grouped, households: s.households.grouped, within: s.withinTolerance.grouped, outside: s.unassignedHouseholds.grouped)
    }

    /// Each volunteer who holds an area, by name, then the unassigned areas.
    static func volunteerLegend(_ areas: [AreasReport.Area], names: [VolunteerID: String], words: ConsoleWords) -> [VolunteerSwatch] {
        var held: [VolunteerID: [AreaID]] = [:]
        var free: [AreaID] = []
        for a in areas {
            if let v = a.volunteer { held[v, default: []].append(a.id) } else { free.append(a.id) }
        }
        let people = held.keys.sorted { a, b in
            let (x, y) = (names[a] ?? "", names[b] ?? "")
            return x != y ? x.localizedStandardCompare(y) == .orderedAscending : a < b
        }
        return people.map { v in
            VolunteerSwatch(
                key: "volunteer-\(v)", label: words.named(names[v] ?? "", v), fill: colour(of: v),
                areas: (held[v] ?? []).sorted().map(\.description).joined(separator: " "))
        } + [VolunteerSwatch(key: "volunteer-none", label: words.noVolunteer, fill: nil, areas: free.sorted().map(\.description).joined(separator: " "))]
    }

    /// The same colour for a volunteer on every load: hues a golden angle apart by id, so
    /// that neighbours in the list differ; never grey, which is for unassigned areas.
    static func colour(of volunteer: VolunteerID) -> String {
        let hue = (Double(volunteer.rawValue) * 137.508).truncatingRemainder(dividingBy: 360)
        return "hsl(\(Int(hue)), 70%, 40%)"
    }

    static func sorted(_ areas: [AreasReport.Area], by key: String, descending: Bool, names: [VolunteerID: String]) -> [AreasReport.Area] {
        func text(_ a: AreasReport.Area) -> String? {
            switch key {
            case "association": a.association
            case "mode": a.mode
            case "balance": a.balance
            case "status": a.status
            case "volunteer": a.volunteer.map { names[$0] ?? "" }
            default: nil
            }
        }
        func number(_ a: AreasReport.Area) -> Double {
            switch key {
            case "deliveryPoints": Double(a.deliveryPoints)
            case "households": Double(a.households)
            case "papers": Double(a.papers)
            case "minutes": a.minutes
            case "routeMeters": a.routeMeters
            case "locked": a.locked ? 1 : 0
            case "version": Double(a.version)
            case "printedVersion": Double(a.printedVersion ?? -1)
            default: Double(a.id.rawValue)
            }
        }
        let ascending = areas.sorted { x, y in
            if let a = text(x), let b = text(y), a != b { return a.localizedStandardCompare(b) == .orderedAscending }
            if text(x) != nil, text(y) == nil { return true }
            if text(x) == nil, text(y) != nil { return false }
            let (a, b) = (number(x), number(y))
            return a != b ? a < b : x.id < y.id
        }
        return descending ? ascending.reversed() : ascending
    }

    /// The legend's colour for a status: planned and assigned are both not started yet.
    static func legendStatus(_ status: String) -> String {
        status == "planned" || status == "assigned" ? "not-started" : status
    }

    static func balance(_ balance: String) -> String { ConsoleTableWords.swedish.balance(balance) }

    static func status(_ status: String) -> String { ConsoleTableWords.swedish.status(status) }
}
