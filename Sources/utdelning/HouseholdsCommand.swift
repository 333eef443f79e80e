import ArgumentParser
import Foundation
import UtdelningKit
import Wording

struct HouseholdsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "households", abstract: "Query the district's households.", subcommands: [Summary.self, Outside.self, Check.self])

    struct Outside: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the delivery points that lie in no association's polygon.")

        @OptionGroup var district: DistrictOptions
        @Option(help: "text or json.") var format: OutputFormat = .text

        func run() throws {
            try reportingErrors {
                let points = try district.district().outsidePoints()
                switch format {
                case .json: try say(JSONText.encode(points))
                case .text:
                    for p in points { try say("\(p.key)\t\(p.address)\t\(p.latitude),\(p.longitude)") }
                    try say("\(points.count.counting("point", "points")) outside every association")
                }
            }
        }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List estimated addresses with more households than households.checkAbove, largest first, with what they were worked out from.")

        @OptionGroup var district: DistrictOptions
        @Option(help: "text or json.") var format: OutputFormat = .text

        func run() throws {
            try reportingErrors {
                let district = try district.district()
                let checks = try district.estimatesToCheck()
                switch format {
                case .json: try say(JSONText.encode(checks))
                case .text:
                    for c in checks {
                        let building = [c.buildingType.map { "building=\($0)" }, c.footprintSquareMeters.map { "\(Int($0).grouped) m²" },
                                        c.levels.map { "\($0.grouped(decimals: 0)) levels" } ?? "levels assumed"].compactMap { $0 }
                        try say("\(c.households.grouped)\t\(c.address)\t\(c.key)\t\(building.joined(separator: ", "))\t\(c.rule)")
                    }
                    try say("\(checks.count.counting("estimate", "estimates")) above \(district.config.households.checkAbove) households to check")
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
                case .json: try say(JSONText.encode(summary))
                case .text: try say(ReportText.summary(summary))
                }
            }
        }
    }
}
