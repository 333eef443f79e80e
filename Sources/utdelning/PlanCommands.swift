import ArgumentParser
import Foundation
import UtdelningKit

struct Plan: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Cut every association (or one) into walking areas with routes; locked and unchanged areas are kept.")

    @OptionGroup var district: DistrictOptions
    @Option(help: "Only this association.") var association: String?
    @Option(help: "Work time of one area, minutes (default from the configuration, 90).") var targetMinutes: Double?
    @Option(help: "Papers one person can carry (default from the configuration, 300).") var maxPapers: Int?
    @Flag(help: "Cut every unlocked area afresh; by default unchanged areas keep their points and ids.") var fresh = false
    @Flag(help: "Cut new areas from the points not yet delivered (skipped-locked ones apart, for someone with door codes).") var mopUp = false

    func validate() throws {
        if let targetMinutes, !(5...600).contains(targetMinutes) { throw ValidationError("--target-minutes must be between 5 and 600") }
        if let maxPapers, maxPapers < 1 { throw ValidationError("--max-papers must be at least 1") }
        if fresh && mopUp { throw ValidationError("--fresh and --mop-up do not go together") }
    }

    func run() throws {
        try reportingErrors {
            let report = try district.district().plan(association: association, targetMinutes: targetMinutes, maxPapers: maxPapers, fresh: fresh, mopUp: mopUp)
            print(ReportText.areasSummary(report))
        }
    }
}

struct Areas: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the planned areas.")

    @OptionGroup var district: DistrictOptions
    @Option(help: "Only this association.") var association: String?
    @Option(help: "text or json.") var format: OutputFormat = .text

    func run() throws {
        try reportingErrors {
            let report = try district.district().areas(association: association)
            switch format {
            case .json: print(try JSONText.encode(report))
            case .text: print(ReportText.areas(report))
            }
        }
    }
}

struct AreaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "area", abstract: "Protect an area from re-planning, or release it.", subcommands: [Lock.self, Unlock.self])

    struct Target: ParsableArguments {
        @OptionGroup var district: DistrictOptions
        @Argument(help: "The area's id (see `utdelning areas`).") var id: Int64

        func set(locked: Bool) throws {
            try reportingErrors {
                try district.district().lockArea(id, locked: locked)
                print(locked ? "area \(id) is locked: plan keeps it as it is" : "area \(id) is unlocked")
            }
        }
    }

    struct Lock: ParsableCommand {
        @OptionGroup var target: Target
        func run() throws { try target.set(locked: true) }
    }

    struct Unlock: ParsableCommand {
        @OptionGroup var target: Target
        func run() throws { try target.set(locked: false) }
    }
}
