import Foundation
import Planner
import Rendering
import UtdelningKit
import Wording

/// The board's page as the template reads it: the district's figures, a bar per association
/// with its contact person (a board role), skips by reason. No volunteer appears in it.
struct BoardView {
    struct Association {
        var name: String
        var households: Int
        var delivered: Int
        var figures: String
        var percent: String
        var contact: String
    }

    struct Skip {
        var reason: String
        var label: String
        var households: String
    }

    struct Legend {
        var status: String
        var label: String
    }

    /// How many changes of a kind were made by hand in the console: counts, not who or what.
    struct Change {
        var label: String
        var count: String
    }

    var title: String
    var board = true
    var map = true
    var district: String
    var households: Int
    var delivered: Int
    var figures: String
    var percent: String
    var forecast: String
    var updated: String
    var associations: [Association]
    var skips: [Skip]
    var legend: [Legend]
    var changes: [Change]
    var hasChanges: Bool
    var base: String

    init(status: BoardStatus, base: String, auditCounts: [String: Int] = [:]) {
        let c = status.coverage
        title = "\(status.district) · täckning"
        district = status.district
        households = c.households
        delivered = c.delivered
        figures = Self.figures(delivered: c.delivered, households: c.households)
        percent = BoardReport.percent(c.coverage)
        forecast = status.forecastLine
        updated = BoardJSON.updatedLine(minutes: status.minutesSinceLastReport)
        associations = c.associations.map { a in
            Association(
                name: a.name, households: a.households, delivered: a.delivered, figures: Self.figures(delivered: a.delivered, households: a.households),
                percent: BoardReport.percent(a.coverage), contact: a.contact.isEmpty ? "ingen kontakt angiven" : a.contact)
        }
        skips = DeliveryRecord.Reason.allCases.map { reason in
            Skip(reason: reason.rawValue, label: PhoneWords.swedish.reason(reason), households: (c.skippedByReason[reason.rawValue] ?? 0).grouped)
        }
        legend = Self.legend
        changes = StaffEdit.Action.allCases.compactMap { action in
            auditCounts[action.rawValue].map { Change(label: AuditView.action(action.rawValue), count: $0.grouped) }
        }
        hasChanges = !changes.isEmpty
        self.base = base
    }

    /// "1 234 av 2 345 hushåll"; the script writes the same.
    static func figures(delivered: Int, households: Int) -> String { "\(delivered.grouped) av \(households.grouped) hushåll" }

    /// The map's statuses, each a swatch whose colour board.css sets and board.js takes for the
    /// map: not started (planned or assigned), under way, every door visited with some skipped,
    /// every household reached.
    static let legend = [
        Legend(status: "not-started", label: "Ej påbörjat"), Legend(status: "in-progress", label: "Påbörjat"),
        Legend(status: "done-with-skips", label: "Klart med hinder"), Legend(status: "delivered", label: "Klart"),
    ]
}

/// What the page polls: the board's status, the coverage in it exactly as `coverage --by area
/// --format json` writes it, and the lines the page shows in words.
struct BoardJSON: Encodable {
    var district: String
    var coverage: Coverage
    var lastReportAt: String?
    var minutesSinceLastReport: Int?
    var forecastLine: String
    var updatedLine: String

    init(status: BoardStatus) {
        district = status.district
        coverage = status.coverage
        lastReportAt = status.lastReportAt
        minutesSinceLastReport = status.minutesSinceLastReport
        forecastLine = status.forecastLine
        updatedLine = Self.updatedLine(minutes: status.minutesSinceLastReport)
    }

    /// "Senaste rapport för 12 minuter sedan"; hours and days once minutes are many.
    static func updatedLine(minutes: Int?) -> String {
        guard let minutes else { return "Ingen rapport än" }
        let ago = switch minutes {
        case ..<1: "mindre än en minut"
        case 1: "1 minut"
        case ..<120: "\(minutes) minuter"
        case ..<(48 * 60): "\(minutes / 60) timmar"
        default: "\(minutes / (24 * 60)) dagar"
        }
        return "Senaste rapport för \(ago) sedan"
    }
}

/// The areas for the board's map, our own vectors: each route ([longitude, latitude]) that
/// the page draws `corridorMeters` wide either side, coloured by the statuses in board.json,
/// over the major roads.
struct BoardMapData: Encodable {
    struct Area: Encodable {
        var id: Int64
        var association: String
        var balance: String
        var line: [[Double]]
    }

    var corridorMeters = AreaLine.corridorMeters
    var areas: [Area]
    /// Drawn thin and grey beneath the areas, for bearings.
    var roads: [[[Double]]]

    init(_ map: BoardMap) {
        areas = map.areas.map { Area(id: $0.id.rawValue, association: $0.association, balance: $0.balance, line: $0.line.map(AreaMapData.pair)) }
        roads = map.majorRoads.map { $0.map(AreaMapData.pair) }
    }
}
