import ArgumentParser
import Foundation
import UtdelningKit
import Wording
import Vocabulary

struct VolunteersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "volunteers", abstract: "Import, list and forget the volunteers who walk the areas.",
        subcommands: [ImportFile.self, List.self, Forget.self])

    struct ImportFile: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import", abstract: "Volunteers from a CSV: a people export (first_name, last_name, email, …) or Swedish/English headers.")
        @OptionGroup var district: DistrictOptions
        @Argument(help: "The CSV file.") var file: String

        func run() throws {
            try reportingErrors {
                let r = try district.district().importVolunteers(path: file)
                try say("imported \(file): \(r.rows.counting("volunteer", "volunteers")), \(r.added) new, \(r.updated) updated, \(r.unchanged) unchanged")
                if !r.homesNotFound.isEmpty {
                    try say("  \(r.homesNotFound.count.counting("home is not an imported address", "homes are not imported addresses")) (\(r.homesNotFound.prefix(5).joined(separator: ", "))); add lat and lon to place them")
                }
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
