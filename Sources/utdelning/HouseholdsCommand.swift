import ArgumentParser
import Foundation
import UtdelningKit

struct HouseholdsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "households", abstract: "Query the district's households.", subcommands: [Summary.self])

    struct Summary: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Delivery points and households per association.")

        @OptionGroup var district: DistrictOptions
        @Option(help: "text or json.") var format: OutputFormat = .text

        func run() throws {
            try reportingErrors {
                let summary = try district.district().householdSummary()
                switch format {
                case .json: print(try JSONText.encode(summary))
                case .text: print(ReportText.summary(summary))
                }
            }
        }
    }
}
