import ArgumentParser
import Foundation
import TextReports
import UtdelningKit
import Wording

struct HouseholdsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "households", abstract: "Query the district's households.", subcommands: [Summary.self, Outside.self, Check.self, Gaps.self])

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
            abstract: "List household counts to check, largest first: estimates above households.checkAbove, "
                + "large building=yes counted as flats on size alone, no household in a residential building.")

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case text, json, geojson
        }

        @OptionGroup var district: DistrictOptions
        @Option(help: "text, json or geojson.") var format: Format = .text

        func run() throws {
            try reportingErrors {
                let district = try district.district()
                let checks = try district.estimatesToCheck()
                switch format {
                case .json: try say(JSONText.encode(checks))
                case .geojson: try say(District.geoJSON(checks), terminator: "")
                case .text:
                    for c in checks {
                        let building = [c.buildingType.map { "building=\($0)" }, c.footprintSquareMeters.map { "\(Int($0).grouped) m²" },
                                        c.levels.map { "\($0.grouped(decimals: 0)) levels" } ?? "levels assumed", c.landuse.map { "landuse=\($0)" }]
                            .compactMap { $0 }
                        let reasons = c.reasons.map(\.rawValue).joined(separator: ",")
                        try say("\(c.households.grouped)\t\(c.address)\t\(c.key)\t\(reasons)\t\(building.joined(separator: ", "))\t\(c.rule)")
                    }
                    try say("\(checks.count.counting("household count", "household counts")) to check "
                        + "(above \(district.config.households.checkAbove) households, size alone, or an empty home)")
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

    struct Gaps: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the homes the map gives no address (hus utan adress) per association, for someone to check on the ground.")

        @OptionGroup var district: DistrictOptions
        @Option(help: "text, json or geojson.") var format: GapsFormat = .text

        enum GapsFormat: String, ExpressibleByArgument, CaseIterable {
            case text, json, geojson
        }

        func run() throws {
            try reportingErrors {
                let homes = try district.district().homesWithoutAddress()
                switch format {
                case .json: try say(JSONText.encode(homes))
                case .geojson: try say(District.geoJSON(homes), terminator: "")
                case .text: try say(GapsText.list(homes))
                }
            }
        }
    }
}
