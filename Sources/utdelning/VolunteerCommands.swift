import ArgumentParser
import Foundation
import Households
import TextReports
import UtdelningKit
import Wording
import Vocabulary

struct VolunteersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "volunteers", abstract: "Import, list and forget the volunteers who walk the areas.",
        subcommands: [ImportFile.self, List.self, Edit.self, Forget.self])

    struct ImportFile: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import", abstract: "Volunteers from a CSV: a people export (first_name, last_name, email, …) or Swedish/English headers.")
        @OptionGroup var district: DistrictOptions
        @Argument(help: "The CSV file.") var file: String

        func run() throws {
            try reportingErrors {
                try say(ReportText.volunteers(try district.district().importVolunteers(path: file), file: file))
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The volunteers, each with its id.")
        @OptionGroup var district: DistrictOptions
        @Option(help: "Only this association.") var association: String?
        @Option(help: "text or json.") var format: OutputFormat = .text

        func run() throws {
            try reportingErrors {
                let volunteers = try district.district().volunteers(association: association)
                switch format {
                case .json: try say(JSONText.encode(volunteers))
                case .text:
                    if !volunteers.isEmpty { try say(["id", "name", "association", "mode", "capacity", "home"].joined(separator: "\t")) }
                    for v in volunteers {
                        let capacity = v.capacityHours.map { "\(String(format: "%g", $0)) h" } ?? (v.capacityAreas ?? 1).counting("area", "areas")
                        try say(["\(v.id)", v.name, v.association, v.mode.rawValue, capacity, v.home == nil ? "unknown" : "known"].joined(separator: "\t"))
                    }
                    try say(volunteers.count.counting("volunteer", "volunteers"))
                }
            }
        }
    }

    struct Forget: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Erase a volunteer from the database, leaving no trace of them in its files.")
        @OptionGroup var district: DistrictOptions
        @Argument(help: "The volunteer's id (see `volunteers list`).") var id: VolunteerID

        func run() throws {
            try reportingErrors {
                let logEmptied = try district.district().forgetVolunteer(id: id)
                try say("volunteer \(id) is forgotten")
                if !logEmptied {
                    try say("  another command is reading the database: its write-ahead log is emptied when the last command closes it")
                }
            }
        }
    }
}

extension VolunteersCommand {
    /// The coordinator's edit, the same use case as the console's form.
    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Change a volunteer's capacity, mode or association.")
        @OptionGroup var district: DistrictOptions
        @Argument(help: "The volunteer's id (see `volunteers list`).") var id: VolunteerID
        @Option(help: "Areas they take on (0–100).") var areas: Int?
        @Option(help: "Hours they give (0–500), turned into areas by the target time.") var hours: Double?
        @Option(help: "walk, bike or car.") var mode: String?
        @Option(help: "The association they walk for.") var association: String?

        func validate() throws {
            if areas != nil, hours != nil { throw ValidationError("give --areas or --hours, not both") }
            if let mode, Volunteer.Mode(rawValue: mode) == nil { throw ValidationError("--mode is walk, bike or car, not '\(mode)'") }
            if areas == nil, hours == nil, mode == nil, association == nil { throw ValidationError("nothing to change: give --areas, --hours, --mode or --association") }
        }

        func run() throws {
            try reportingErrors {
                let capacity = try areas.map(VolunteerCapacity.init(areas:)) ?? hours.map(VolunteerCapacity.init(hours:))
                let change = VolunteerChange(capacity: capacity, mode: mode.flatMap(Volunteer.Mode.init(rawValue:)), association: association)
                let v = try district.district().editVolunteer(id, change)
                let capacityText = v.capacityHours.map { "\(String(format: "%g", $0)) h" } ?? (v.capacityAreas ?? 1).counting("area", "areas")
                try say("volunteer \(id): \(v.association), \(v.mode.rawValue), \(capacityText)")
            }
        }
    }
}
