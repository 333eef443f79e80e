import ArgumentParser
import Foundation
import UtdelningKit

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Import map data, an address register or association boundaries.",
        subcommands: [ImportOSM.self, ImportHouseholds.self, ImportBoundaries.self])
}

struct ImportOSM: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "osm", abstract: "Import delivery points, buildings and streets from an .osm or .osm.pbf file.")

    @OptionGroup var district: DistrictOptions
    @Argument(help: "The OSM file (.osm XML or .osm.pbf).") var file: String
    @Option(help: "Name of the dataset; re-importing the same name updates it in place. Default: the file name.")
    var dataset: String?

    func run() throws {
        try reportingErrors {
            let (report, refresh) = try district.district().importOSM(path: file, dataset: dataset, progress: terminalProgress("objects"))
            finishProgress()
            print(ReportText.osm(report))
            print(ReportText.refresh(refresh))
        }
    }
}

struct ImportHouseholds: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "households",
        abstract: "Import an address register (CSV) whose household counts override estimates.",
        discussion: "Columns: lat, lon, households (required); street, number, postcode, city (optional). See README.")

    @OptionGroup var district: DistrictOptions
    @Argument(help: "The register, comma or semicolon separated, UTF-8.") var file: String
    @Option(help: "Name of the dataset. Default: the file name.") var dataset: String?

    func run() throws {
        try reportingErrors {
            let (report, refresh) = try district.district().importRegister(path: file, dataset: dataset)
            print(ReportText.register(report))
            print(ReportText.refresh(refresh))
        }
    }
}

struct ImportBoundaries: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "boundaries", abstract: "Import association polygons from GeoJSON (Polygon or MultiPolygon, WGS84).")

    @OptionGroup var district: DistrictOptions
    @Argument(help: "The GeoJSON FeatureCollection.") var file: String
    @Option(help: "The feature property holding the association's name.") var nameProperty: String
    @Option(help: "Name of the dataset. Default: the file name.") var dataset: String?

    func run() throws {
        try reportingErrors {
            let (report, refresh) = try district.district().importBoundaries(path: file, nameProperty: nameProperty, dataset: dataset)
            print(ReportText.boundaries(report))
            print(ReportText.refresh(refresh))
        }
    }
}
