import ArgumentParser
import Foundation
import UtdelningKit
import Wording
import Vocabulary

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the plan as GeoJSON (QGIS, GDAL) or one area as GPX (phones).", subcommands: [GeoJSON.self, GPX.self])

    struct GeoJSON: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "geojson", abstract: "Points, area outlines and routes (RFC 7946).")
        @OptionGroup var district: DistrictOptions
        @Option(help: "The file to write.") var out: String

        func run() throws {
            try reportingErrors {
                let written = try district.district().exportGeoJSON(to: out)
                print("wrote \(out): \(written.points.counting("delivery point", "delivery points")), \(written.areas.counting("area", "areas")) with routes")
            }
        }
    }

    struct GPX: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "gpx", abstract: "One area's stops in walking order and its route along the streets (GPX 1.1).")
        @OptionGroup var district: DistrictOptions
        @Option(help: "The area's id (see `utdelning areas`).") var area: AreaID
        @Option(help: "The file to write.") var out: String

        func run() throws {
            try reportingErrors {
                try district.district().exportGPX(area: area, to: out)
                print("wrote \(out)")
            }
        }
    }
}
