import DistrictGenerator
import Foundation
import GRDB
import Households
import TestSupport
import Testing
import Wording

@testable import UtdelningKit

/// Known totals on a generated district (Storfors and Munkfors), whose true households
/// per municipality the generator knows: imported as statistics, they anchor the estimate.
@Suite(.serialized)
struct KnownTotalsTests {
    static let kommuner = Fixtures.shared("boundaries/varmland-kommuner.geojson")

    static let generated: Result<(osm: String, truth: GroundTruth), Error> = Result {
        let municipalities = try BoundaryFile.read(path: kommuner, nameProperty: "kommun").filter { ["Storfors", "Munkfors"].contains($0.name) }
        let localities = try LocalityFile.read(path: Fixtures.shared("places/tatorter.osm"))
        let url = Fixtures.scratch("known-totals").appendingPathComponent("district.osm")
        let truth = try DistrictGenerator.generate(municipalities: municipalities, localities: localities, options: .init(), to: url)
        return (url.path, truth)
    }

    func importedDistrict() throws -> (District, GroundTruth) {
        let (osm, truth) = try Self.generated.get()
        let district = District(databasePath: Fixtures.scratch().appendingPathComponent("d.sqlite").path, config: try DistrictConfig.starter)
        _ = try district.importOSM(path: osm)
        _ = try district.importBoundaries(path: Self.kommuner, nameProperty: "kommun")
        return (district, truth)
    }

    func households(_ district: District) throws -> [String: Int] {
        Dictionary(uniqueKeysWithValues: try district.householdSummary().associations.map { ($0.name, $0.households) })
    }

    func explicitCounts(_ district: District) throws -> [String: Int] {
        try DatabaseQueue(path: district.databasePath).read { db in
            Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT key, households FROM deliveryPoint WHERE householdSource <> 'estimated'")
                .map { ($0[0] as String, $0[1] as Int) })
        }
    }

    func totalsCSV(_ truth: GroundTruth) -> String {
        Fixtures.file("hushall.csv", "kommun;Antal hushåll\n" + truth.associations.map { "\($0.name);\($0.households.grouped)\n" }.joined())
    }

    @Test func theTrueTotalsPerMunicipalityBringEachWithinOnePercent() throws {
        let (district, truth) = try importedDistrict()
        let before = try households(district)
        let fixed = try explicitCounts(district)

        let refresh = try district.importKnownTotals(
            path: totalsCSV(truth), regionsPath: Self.kommuner, codeProperty: "kommun_kod", nameProperty: "kommun")
        let after = try households(district)
        for municipality in truth.associations {
            let was = before[municipality.name] ?? 0
            let now = after[municipality.name] ?? 0
            let outcome = try #require(refresh.knownTotals.first { $0.name == municipality.name })
            print("\(municipality.name): truth \(municipality.households), estimate \(was) (\(Self.percent(was, municipality.households))), now \(now)")
            #expect(outcome.estimateBefore == was && outcome.known == municipality.households && outcome.status == .matched)
            #expect(abs(now - municipality.households) * 100 <= municipality.households, "\(municipality.name): \(now) against \(municipality.households)")
        }
        #expect(try explicitCounts(district) == fixed, "an explicit or default count changed")
        let summary = try district.householdSummary()
        #expect(summary.totals.map(\.code) == ["1760", "1762"])
        #expect(summary.totals.map(\.householdsNow) == refresh.knownTotals.map(\.householdsNow))
    }

    @Test func reImportingTheMapScalesAgainAndRemovingRestoresTheEstimate() throws {
        let (district, truth) = try importedDistrict()
        let before = try households(district)
        _ = try district.importKnownTotals(path: totalsCSV(truth), regionsPath: Self.kommuner, codeProperty: "kommun_kod", nameProperty: "kommun")
        let scaled = try households(district)

        let (osm, _) = try Self.generated.get()
        let (report, refresh) = try district.importOSM(path: osm)
        #expect(report.changes == 0)
        #expect(refresh.knownTotals.allSatisfy { $0.status == .matched && $0.householdsNow == $0.known })
        #expect(try households(district) == scaled)

        let (removed, _) = try district.removeKnownTotals()
        #expect(removed == 2)
        #expect(try households(district) == before)
        #expect(try district.householdSummary().totals.isEmpty)
    }

    @Test func aRegisterImportedLaterKeepsItsCountsAndTheEstimatesMakeRoomForThem() throws {
        let (district, truth) = try importedDistrict()
        _ = try district.importKnownTotals(path: totalsCSV(truth), regionsPath: Self.kommuner, codeProperty: "kommun_kod", nameProperty: "kommun")
        // A new block of 40 flats in Storfors that the map lacks, placed on a point the map has.
        let storfors = try DatabaseQueue(path: district.databasePath).read { db in
            try Row.fetchOne(db, sql: """
                SELECT p.latitude, p.longitude FROM deliveryPoint p JOIN association a ON a.id = p.associationId
                WHERE a.name = 'Storfors' ORDER BY p.key LIMIT 1
                """)
        }
        let row = try #require(storfors)
        let latitude: Double = row[0]
        let longitude: Double = row[1]
        let register = Fixtures.file("nytt.csv", "gata;nummer;lat;lon;hushåll\nNybyggda vägen;1;\(latitude + 0.001);\(longitude);40\n")
        let (report, refresh) = try district.importRegister(path: register)
        #expect(report.newPoints == 1)
        let outcome = try #require(refresh.knownTotals.first { $0.name == "Storfors" })
        #expect(outcome.status == .matched && outcome.householdsNow == outcome.known)
        #expect(try households(district)["Storfors"] == truth.associations.first { $0.name == "Storfors" }?.households)
        #expect(try explicitCounts(district).values.contains(40))
    }

    static func percent(_ value: Int, _ truth: Int) -> String {
        String(format: "%+.1f %%", Double(value - truth) / Double(truth) * 100)
    }
}
