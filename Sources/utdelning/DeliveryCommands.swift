import ArgumentParser
import Foundation
import Planner
import TextReports
import UtdelningKit
import Wording
import Vocabulary

extension DeliveryRecord.Reason: ExpressibleByArgument {}

struct Deliver: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Record what was delivered in an area (--all or --points), what could not be (--skip … --reason), or take a report back (--undo).")

    @OptionGroup var district: DistrictOptions
    @Argument(help: "The area's id.") var area: AreaID
    @Option(help: "The version printed on the sheet (default: the printed one, if the area has not changed since).") var version: Int?
    @Flag(help: "Every stop of the sheet with no report yet (a skip already reported stands).") var all = false
    @Option(help: "Stops as on the sheet (3,7,12-15) or point keys.") var points: String?
    @Option(help: "Stops that could not be delivered (with --reason).") var skip: String?
    @Option(help: "locked, no-letterbox, refused or not-found.") var reason: DeliveryRecord.Reason?
    @Flag(help: "Undo the reports of these stops (--all or --points).") var undo = false
    @Option(help: "Who reports it.") var by: String?
    @Option(help: "The day the report describes (YYYY-MM-DD, not in the future; default now).") var date: String?

    func validate() throws {
        let chosen = [all, points != nil, skip != nil].filter { $0 }.count
        guard chosen == 1 else { throw ValidationError("give exactly one of --all, --points and --skip") }
        if skip != nil && reason == nil { throw ValidationError("--skip needs --reason (locked, no-letterbox, refused, not-found)") }
        if skip == nil && reason != nil { throw ValidationError("--reason goes with --skip") }
        if undo && skip != nil { throw ValidationError("--undo takes --all or --points") }
    }

    func run() throws {
        try reportingErrors {
            let district = try district.district()
            func list(_ text: String) -> District.StopSelection { .stops(text.split(separator: ",").map(String.init)) }
            let stops: District.StopSelection = all ? .all : list(points ?? skip ?? "")
            let report: DeliveryReport
            if undo {
                report = try district.undoDeliveries(area: area, version: version, stops: stops)
                try say("area \(area) (version \(report.version ?? 1)): \(report.undone.counting("stop", "stops")) taken back")
                return
            }
            let outcome: District.DeliveryOutcome = reason.map { .skipped($0) } ?? .delivered
            report = try district.deliver(area: area, version: version, stops: stops, outcome: outcome, by: by ?? "coordinator", day: date)
            try say("area \(area) (version \(report.version ?? 1)): \(report.recorded.grouped) recorded, \(report.repeated.grouped) already so")
        }
    }
}

struct DeliveriesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "deliveries", abstract: "Returned sheets typed in.", subcommands: [ImportSheets.self])

    struct ImportSheets: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import", abstract: "A CSV of reported stops: area, stop, outcome (delivered/skipped), reason, date, reporter.")
        @OptionGroup var district: DistrictOptions
        @Argument(help: "The CSV file.") var file: String

        func run() throws {
            try reportingErrors {
                try say(ReportText.returnedSheets(try district.district().importDeliveries(path: file), file: file))
            }
        }
    }
}

struct CoverageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coverage", abstract: "Households reached ÷ households, per association and for the district, with the pace against the deadline.")

    enum Level: String, ExpressibleByArgument, CaseIterable { case district, association, area }
    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, csv }

    @OptionGroup var district: DistrictOptions
    @Option(help: "district, association or area (text and CSV then list the areas).") var by: Level = .association
    @Option(help: "The days from this one (YYYY-MM-DD): listed in text, the series in JSON.") var since: String?
    @Option(help: "text, json or csv.") var format: Format = .text

    func run() throws {
        try reportingErrors {
            var coverage = try district.district().coverage(since: since)
            if by == .district { coverage.associations = [] }
            if by != .area { coverage.areas = [] }
            switch format {
            case .json: try say(JSONText.encode(coverage))
            case .csv: try say(CoverageCSV.document(coverage), terminator: "")
            case .text: try say(CoverageText.text(coverage, since: since))
            }
        }
    }
}

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "The board's report: coverage by association, progress against election day, the map, the print run.")

    @OptionGroup var district: DistrictOptions
    @Option(help: "The file to write: .pdf or .html.") var out: String

    func validate() throws {
        guard ["pdf", "html"].contains((out as NSString).pathExtension.lowercased()) else { throw ValidationError("--out must end in .pdf or .html") }
    }

    func run() throws {
        try reportingErrors {
            let coverage = try district.district().writeReport(to: out)
            try say("wrote \(out): coverage \(String(format: "%.1f", coverage.coverage * 100)) % of \(coverage.households.counting("household", "households"))")
        }
    }
}
