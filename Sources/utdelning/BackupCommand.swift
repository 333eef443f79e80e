import ArgumentParser
import UtdelningKit

struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "A copy of the district database while it is in use (the server may take ticks meanwhile), checked before it is named FILE.",
        discussion: "To restore: stop `utdelning serve`, copy FILE over the database, and remove the database's -wal and -shm files.")
    @OptionGroup var district: DistrictOptions
    @Option(help: "The backup file to write; it must not exist.") var out: String

    func run() throws {
        try reportingErrors {
            try district.district().backup(to: out)
            try say("backup written to \(out) (integrity checked)")
        }
    }
}
