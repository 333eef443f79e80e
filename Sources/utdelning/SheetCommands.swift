import ArgumentParser
import Foundation
import Rendering
import UtdelningKit
import Wording
import Vocabulary

extension SheetWords.Language: ExpressibleByArgument {}

struct Sheets: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print-ready route sheets (PDF): per association a cover with papers per area, an overview map and one sheet per area.")

    @OptionGroup var district: DistrictOptions
    @Option(help: "The directory to write the PDFs to.") var out: String
    @Option(help: "Only this association.") var association: String?
    @Option(help: "Only this area: one PDF with its sheet.") var area: AreaID?
    @Option(help: "sv or en (default from the configuration, sv).") var lang: SheetWords.Language?

    func run() throws {
        try reportingErrors {
            let report = try district.district().writeSheets(to: out, association: association, area: area, language: lang)
            for file in report.files { try say("wrote \(file.path): \(file.areas.counting("area", "areas")), \(file.pages.counting("page", "pages"))") }
        }
    }
}

struct PrintRunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "printrun", abstract: "Papers to order, per association and for the district.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, csv }

    @OptionGroup var district: DistrictOptions
    @Option(help: "Spare margin in percent (default from the configuration, 5).") var spare: Double?
    @Option(help: "text, json or csv.") var format: Format = .text

    func validate() throws {
        if let spare, let problem = ConfigRange.sparePercent.problem(spare) { throw ValidationError("--spare \(problem)") }
    }

    func run() throws {
        try reportingErrors {
            let run = try district.district().printRun(sparePercent: spare)
            switch format {
            case .text: try say(PrintRunText.text(run))
            case .json: try say(JSONText.encode(run))
            case .csv: try say(PrintRunText.csv(run), terminator: "")
            }
        }
    }
}

struct MapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "map", abstract: "Draw the district's areas (or one association's) by status: PNG, SVG or PDF.")

    @OptionGroup var district: DistrictOptions
    @Option(help: "The file to write: .png, .svg or .pdf.") var out: String
    @Option(help: "Only this association.") var association: String?
    @Option(help: "sv or en (default from the configuration, sv).") var lang: SheetWords.Language?

    func validate() throws {
        guard Document.Format.of(path: out) != nil else { throw ValidationError("--out must end in .png, .svg or .pdf") }
    }

    func run() throws {
        try reportingErrors {
            let areas = try district.district().drawMap(to: out, association: association, language: lang)
            try say("wrote \(out): \(areas.counting("area", "areas"))")
        }
    }
}
