import ArgumentParser
import Foundation
import TextReports
import UtdelningKit
import Vocabulary

struct Plan: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Cut every association (or one) into walking areas with routes; locked, handed-out and unchanged areas are kept.")

    @OptionGroup var district: DistrictOptions
    @Option(help: "Only this association.") var association: String?
    @Option(help: "Work time of one area, minutes (default from the configuration, 90).") var targetMinutes: Double?
    @Option(help: "Papers one person can carry (default from the configuration, 300).") var maxPapers: Int?
    @Flag(help: "Cut afresh every area that is neither locked nor handed out (assigned, printed, reported on).") var fresh = false
    @Flag(help: "Cut new areas from the doors worked areas left open (skipped-locked ones apart, for someone with door codes).") var mopUp = false
    @Flag(help: "Recut handed-out areas too; the output lists what their volunteers lose.") var force = false
    @Flag(help: "In a mop-up, visit doors that refused again.") var includeRefused = false

    func validate() throws {
        // The same ranges as the configuration's keys, in the same words.
        if let targetMinutes, let problem = ConfigRange.targetMinutes.problem(targetMinutes) { throw ValidationError("--target-minutes \(problem)") }
        if let maxPapers, let problem = ConfigRange.maxPapers.problem(Double(maxPapers)) { throw ValidationError("--max-papers \(problem)") }
        if fresh && mopUp { throw ValidationError("--fresh and --mop-up do not go together") }
        if includeRefused && !mopUp { throw ValidationError("--include-refused goes with --mop-up") }
        if force && mopUp { throw ValidationError("--force and --mop-up do not go together") }
    }

    func run() throws {
        try reportingErrors {
            let mode = District.PlanMode(fresh: fresh, mopUp: mopUp, force: force, includeRefused: includeRefused)
            let report = try district.district().plan(association: association, targetMinutes: targetMinutes.map { Minutes($0) }, maxPapers: maxPapers, mode: mode)
            try say(ReportText.plan(report, forced: force))
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
            case .json: try say(JSONText.encode(report))
            case .text: try say(ReportText.areas(report))
            }
        }
    }
}

struct AreaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "area", abstract: "Protect an area from re-planning, or release it.", subcommands: [Lock.self, Unlock.self, Release.self])

    struct Target: ParsableArguments {
        @OptionGroup var district: DistrictOptions
        @Argument(help: "The area's id (see `utdelning areas`).") var id: AreaID

        func set(locked: Bool) throws {
            try reportingErrors {
                try district.district().lockArea(id, locked: locked)
                try say(locked ? "area \(id) is locked: plan keeps it as it is" : "area \(id) is unlocked")
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

    struct Release: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Give a handed-out area back to the planner: no volunteer, its printed sheet and reports no longer keep it.")
        @OptionGroup var target: Target
        func run() throws {
            try reportingErrors {
                try target.district.district().releaseArea(target.id)
                try say("area \(target.id) is released: the next plan may recut it (its reports stay recorded)")
            }
        }
    }
}

struct TopUps: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "topups", abstract: "Handed-out areas whose sheet no longer matches: papers to add, doors gone.")

    @OptionGroup var district: DistrictOptions
    @Option(help: "Only this association.") var association: String?
    @Option(help: "text or json.") var format: OutputFormat = .text

    func run() throws {
        try reportingErrors {
            let topUps = try district.district().topUps(association: association)
            switch format {
            case .json: try say(JSONText.encode(topUps))
            case .text: try say(topUps.isEmpty ? "every sheet matches the district" : CampaignText.topUps(topUps))
            }
        }
    }
}
