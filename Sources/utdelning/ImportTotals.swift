import ArgumentParser
import TextReports
import UtdelningKit
import Wording

/// `import totals`: known households per region, and `--remove` to forget them. Removing lives
/// here rather than in a command of its own: the totals are one imported table, as a register
/// is, and the coordinator looks for the way out where the way in was.
struct ImportTotals: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "totals",
        abstract: "Scale the estimated households of each region to a known total (official statistics).",
        discussion: """
            The table (CSV, ; or , separated) names each region by code or name and gives its households or dwellings \
            (Swedish or English headers, as SCB publishes them). Explicit and default counts never change; the estimates \
            in the region take up the difference. Importing again replaces the table; every later import is scaled to it again.
            """)

    @OptionGroup var district: DistrictOptions
    @Argument(help: "The table of totals per region.") var file: String?
    @Option(help: "The regions' polygons (GeoJSON).") var regions: String?
    @Option(help: "The feature property holding the region's code.") var codeProperty: String?
    @Option(help: "The feature property holding the region's name, to match rows that give names.") var nameProperty: String?
    @Flag(help: "Forget the known totals; the estimates stand as derived.") var remove = false

    func run() throws {
        try reportingErrors {
            let district = try district.district()
            guard let file else {
                guard remove else { throw CommandError("give the table of totals, or --remove") }
                guard regions == nil, codeProperty == nil else { throw CommandError("--remove takes no table, --regions or --code-property") }
                let (removed, refresh) = try district.removeKnownTotals()
                try say("removed the known totals of \(removed.counting("region", "regions")): the estimates stand as derived")
                try say(ReportText.refresh(refresh))
                return
            }
            guard !remove else { throw CommandError("--remove takes no table, --regions or --code-property") }
            guard let regions, let codeProperty else { throw CommandError("the table needs --regions FILE.geojson and --code-property P") }
            var refresh = try district.importKnownTotals(path: file, regionsPath: regions, codeProperty: codeProperty, nameProperty: nameProperty)
            try say("imported \(file): known totals of \(refresh.knownTotals.count.counting("region", "regions"))")
            try say(ReportText.knownTotals(refresh.knownTotals))
            refresh.knownTotals = []
            try say(ReportText.refresh(refresh))
        }
    }
}
