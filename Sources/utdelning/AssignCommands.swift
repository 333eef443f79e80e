import ArgumentParser
import Foundation
import UtdelningKit
import Vocabulary

struct AssignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assign",
        abstract: "Give each association's open areas to its volunteers (capacity, mode, near home, even load); what people hold stays theirs.",
        discussion: "`assign AREA --to ID` by hand; `assign --rebalance` works the automatic assignments out again and lists the moves.")

    @OptionGroup var district: DistrictOptions
    @Option(help: "Only this association.") var association: String?
    @Argument(help: "An area to assign by hand (with --to).") var area: AreaID?
    @Option(help: "The volunteer for AREA; kept by later runs.") var to: VolunteerID?
    @Flag(help: "Move automatic assignments where that is better; manual ones stand.") var rebalance = false
    @Option(help: "text or json.") var format: OutputFormat = .text

    func validate() throws {
        if (area == nil) != (to == nil) { throw ValidationError("give both AREA and --to VOLUNTEER, or neither") }
        if area != nil && rebalance { throw ValidationError("--rebalance is for every area of an association, not for AREA --to") }
    }

    func run() throws {
        try reportingErrors {
            let district = try district.district()
            if let area, let to {
                let done = try district.assignManually(area: area, to: to)
                for warning in done.warnings { FileHandle.standardError.write(Data("utdelning: warning: \(AssignmentText.warning(warning))\n".utf8)) }
                print("area \(area) is assigned to volunteer \(to) by hand; assign keeps it")
                return
            }
            let report = try district.assign(association: association, rebalance: rebalance)
            switch format {
            case .json: print(try JSONText.encode(report))
            case .text: print(AssignmentText.text(report))
            }
        }
    }
}

struct UnassignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "unassign", abstract: "Take an area from its volunteer.")
    @OptionGroup var district: DistrictOptions
    @Argument(help: "The area's id.") var area: AreaID

    func run() throws {
        try reportingErrors {
            let done = try district.district().assignManually(area: area, to: nil)
            print("area \(area) is unassigned" + (done.previous.map { "; assign will not give it back to volunteer \($0)" } ?? ""))
        }
    }
}

struct AssignmentsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assignments", abstract: "Who has which area: volunteer, by hand or not, mode, minutes, papers.")
    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, csv }
    @OptionGroup var district: DistrictOptions
    @Option(help: "Only this association.") var association: String?
    @Option(help: "text, json or csv.") var format: Format = .text

    func run() throws {
        try reportingErrors {
            let listing = try district.district().assignments(association: association)
            switch format {
            case .text: print(AssignmentText.text(listing))
            case .json: print(try JSONText.encode(listing))
            case .csv: FileHandle.standardOutput.write(Data(AssignmentText.csv(listing).utf8))
            }
        }
    }
}
