import ArgumentParser
import Foundation
import TextReports
import UtdelningKit

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Import map data, an address register, association boundaries or known totals.",
        subcommands: [ImportOSM.self, ImportHouseholds.self, ImportBoundaries.self, ImportTotals.self])
}

struct ImportOSM: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "osm", abstract: "Import delivery points, buildings and streets from an .osm or .osm.pbf file.")

    @OptionGroup var district: DistrictOptions
    @Argument(help: "The OSM file (.osm XML or .osm.pbf).") var file: String
    @Option(help: "Name of the dataset; re-importing the same name updates it in place. Default: the file name.")
    var dataset: String?
    @Option(help: ArgumentHelp("A dataset this file replaces (a newer extract under another name): its points are updated in place and what the file lacks is removed.", valueName: "NAME"))
    var replaces: String?

    func run() throws {
        try reportingErrors {
            let (report, refresh) = try district.district().importOSM(
                path: file, dataset: dataset, replaces: replaces, progress: terminalProgress())
            finishProgress()
            try say(ReportText.osm(report))
            try say(ReportText.refresh(refresh))
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
            try say(ReportText.register(report))
            try say(ReportText.refresh(refresh))
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
    @Option(name: .customLong("rename"), help: ArgumentHelp("A stored association that the file names anew; it keeps its id, volunteers, areas and reports. Repeatable.", valueName: "OLD=NEW"))
    var renames: [String] = []
    @Option(name: .customLong("drop"), help: ArgumentHelp("A stored association the file no longer names that may go with its areas; its volunteers move to the association their home lies in, the others go too. Repeatable.", valueName: "NAME"))
    var drops: [String] = []

    func run() throws {
        try reportingErrors {
            let (report, refresh) = try district.district().importBoundaries(
                path: file, nameProperty: nameProperty, dataset: dataset, renames: try Self.pairs(renames), drops: Set(drops))
            try say(ReportText.boundaries(report))
            try say(ReportText.refresh(refresh))
        }
    }

    /// `OLD=NEW` pairs, split at the first `=`.
    static func pairs(_ values: [String]) throws -> [String: String] {
        var pairs: [String: String] = [:]
        for value in values {
            let parts = value.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { throw CommandError("--rename \(value): expected OLD=NEW") }
            guard pairs[parts[0]] == nil else { throw CommandError("--rename \(parts[0]) is given twice") }
            pairs[parts[0]] = parts[1]
        }
        return pairs
    }
}
