import ArgumentParser
import Foundation
import UtdelningKit
import Wording

struct HouseholdsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "households", abstract: "Query the district's households.", subcommands: [Summary.self, Outside.self])

    struct Outside: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the delivery points that lie in no association's polygon.")

        @OptionGroup var district: DistrictOptions
        @Option(help: "text or json.") var format: OutputFormat = .text

        func run() throws {
            try reportingErrors {
                let points = try district.district().outsidePoints()
                switch format {
                case .json: print(try JSONText.encode(points))
                case .text:
                    for p in points { print("\(p.key)\t\(p.address)\t\(p.latitude),\(p.longitude)") }
                    print("\(points.count.counting("point", "points")) outside every association")
                }
            }
        }
    }

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
