import ArgumentParser
import Foundation
import Server
import UtdelningKit

@main
struct Utdelning: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "utdelning",
        abstract: "Plan the hand delivery of a newspaper to every household of a district.",
        subcommands: [
            Init.self, Import.self, HouseholdsCommand.self, Plan.self, Areas.self, AreaCommand.self, TopUps.self, Route.self, Export.self, Sheets.self,
            PrintRunCommand.self, MapCommand.self, VolunteersCommand.self, AssignCommand.self, UnassignCommand.self, AssignmentsCommand.self,
            Deliver.self, DeliveriesCommand.self, CoverageCommand.self, ReportCommand.self, LinksCommand.self, UsersCommand.self, Serve.self, BackupCommand.self,
        ])

    /// A file-size limit (`ulimit -f`) would kill the process with SIGXFSZ mid-write, with no
    /// message (exit 153): ignored, the write fails with EFBIG instead and becomes one line.
    /// `serve` runs Swift's tasks on NIO's event loops, which must be set before any task starts.
    static func main() async {
        signal(SIGXFSZ, SIG_IGN)
        if CommandLine.arguments.dropFirst().first == Serve._commandName { WebServer.runTasksOnEventLoops() }
        await main(nil)
    }
}

/// Options every command that touches a district takes.
struct DistrictOptions: ParsableArguments {
    @Option(help: "The district database.")
    var db = "utdelning.sqlite"

    @Option(help: "The district configuration (YAML). Default: ./utdelning.yaml if present, else the built-in Config/district.yaml.")
    var config: String?

    func district() throws -> District {
        let loaded: DistrictConfig
        if let config {
            loaded = try DistrictConfig.load(path: config)
        } else if FileManager.default.fileExists(atPath: "utdelning.yaml") {
            loaded = try DistrictConfig.load(path: "utdelning.yaml")
        } else {
            loaded = try DistrictConfig.starter
        }
        return District(databasePath: db, config: loaded)
    }
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// For listings a spreadsheet or a mail merge reads too.
enum TableFormat: String, ExpressibleByArgument, CaseIterable {
    case text, csv, json
}
