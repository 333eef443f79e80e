import ArgumentParser
import Foundation
import UtdelningKit
import Wording

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
                print("imported \(file): \(r.rows.counting("volunteer", "volunteers")), \(r.added) new, \(r.updated) updated, \(r.unchanged) unchanged")
                if !r.homesNotFound.isEmpty {
                    print("  \(r.homesNotFound.count.counting("home is not an imported address", "homes are not imported addresses")) (\(r.homesNotFound.prefix(5).joined(separator: ", "))); add lat and lon to place them")
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
                case .json: print(try JSONText.encode(volunteers))
                case .text:
                    if !volunteers.isEmpty { print(["id", "name", "association", "mode", "capacity", "home"].joined(separator: "\t")) }
                    for v in volunteers {
                        let capacity = v.capacityHours.map { "\(String(format: "%g", $0)) h" } ?? (v.capacityAreas ?? 1).counting("area", "areas")
                        print(["\(v.id)", v.name, v.association, v.mode.rawValue, capacity, v.home == nil ? "unknown" : "known"].joined(separator: "\t"))
                    }
                    print(volunteers.count.counting("volunteer", "volunteers"))
                }
            }
        }
    }

    struct Forget: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Erase a volunteer from the database, leaving no trace of them in its files.")
        @OptionGroup var district: DistrictOptions
        @Argument(help: "The volunteer's id (see `volunteers list`).") var id: Int64

        func run() throws {
            try reportingErrors {
                try district.district().forgetVolunteer(id: id)
                print("volunteer \(id) is forgotten")
            }
        }
    }
}

struct AssignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assign",
        abstract: "Give each association's areas to its volunteers (capacity, mode, near home, even load); `assign AREA --to ID` by hand.")

    @OptionGroup var district: DistrictOptions
    @Option(help: "Only this association.") var association: String?
    @Argument(help: "An area to assign by hand (with --to).") var area: Int64?
    @Option(help: "The volunteer for AREA; kept by later runs.") var to: Int64?
    @Option(help: "text or json.") var format: OutputFormat = .text

    func validate() throws {
        if (area == nil) != (to == nil) { throw ValidationError("give both AREA and --to VOLUNTEER, or neither") }
    }

    func run() throws {
        try reportingErrors {
            let district = try district.district()
            if let area, let to {
                try district.assignManually(area: area, to: to)
                print("area \(area) is assigned to volunteer \(to) by hand; assign keeps it")
                return
            }
            let report = try district.assign(association: association)
            switch format {
            case .json: print(try JSONText.encode(report))
            case .text:
                print("\(report.assigned.counting("area", "areas")) assigned, \(report.unassigned.count) unassigned")
                if !report.unassigned.isEmpty { print("unassigned: " + report.unassigned.map(String.init).joined(separator: ", ")) }
                for s in report.suggestions {
                    print("  \(s.association) could ask \(s.helper) (room for \(s.spareAreas)): \(s.areas.count == 1 ? "area" : "areas") " + s.areas.map(String.init).joined(separator: ", "))
                }
            }
        }
    }
}

struct UnassignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "unassign", abstract: "Take an area from its volunteer.")
    @OptionGroup var district: DistrictOptions
    @Argument(help: "The area's id.") var area: Int64

    func run() throws {
        try reportingErrors {
            try district.district().assignManually(area: area, to: nil)
            print("area \(area) is unassigned")
        }
    }
}
