import Foundation
import GRDB
import Households
import TestSupport
import Testing

@testable import UtdelningKit

/// Imports of real files through the same API the command line uses.
@Suite(.serialized)
struct ImportTests {
    static let malmoBoundaries = """
        {"type":"FeatureCollection","features":[
        {"type":"Feature","properties":{"namn":"Väster"},"geometry":{"type":"Polygon","coordinates":[[[12.9,55.5],[13.0,55.5],[13.0,55.7],[12.9,55.7],[12.9,55.5]]]}},
        {"type":"Feature","properties":{"namn":"Öster"},"geometry":{"type":"MultiPolygon","coordinates":[[[[13.0,55.5],[13.1,55.5],[13.1,55.7],[13.0,55.7],[13.0,55.5]]]]}}
        ]}
        """

    func district(_ directory: URL = Fixtures.scratch()) throws -> District {
        District(databasePath: directory.appendingPathComponent("d.sqlite").path, config: try DistrictConfig.starter)
    }

    @Test func householdsAddUpAcrossAssociationsOutsideAndSources() throws {
        let district = try district()
        _ = try district.importOSM(path: Fixtures.neubrandenburg)
        let (_, refresh) = try district.importBoundaries(path: Fixtures.maps("neubrandenburg-associations.geojson"), nameProperty: "forening")
        let s = try district.householdSummary()
        // 10,262 address objects: 74 businesses merged into homes, 72 duplicates, 41 without a street;
        // and the homes the map draws without an address (hus utan adress).
        #expect(s.deliveryPoints == 10_075 + 1_845)
        #expect(s.withoutAddress == HouseholdSummary.Tally(deliveryPoints: 1_845, households: 2_292))
        // Counts too doubtful to trust are listed, largest first: a hall with no use mapped leads
        // (the food wholesaler that led before stands on commercial land and counts none).
        let checks = try district.estimatesToCheck()
        #expect(checks.count == refresh.estimatesToCheck && checks.count > 0)
        #expect(checks.first?.address == "Woldegker Straße 27" && checks.first?.households == 228)
        #expect(checks.first?.reasons == [.manyHouseholds, .sizeAlone])
        #expect(checks.first?.buildingType == "yes" && checks.first?.levels == nil)
        #expect(zip(checks, checks.dropFirst()).allSatisfy { $0.households >= $1.households })
        #expect(checks.allSatisfy { !$0.reasons.isEmpty && ($0.households > 100) == $0.reasons.contains(.manyHouseholds) })
        #expect(s.associations.count == 7)
        // Every point is in an association, those outside every polygon too.
        #expect(s.associations.map(\.households).reduce(0, +) == s.households)
        #expect(s.associations.map(\.deliveryPoints).reduce(0, +) == s.deliveryPoints)
        #expect(s.bySource.explicit + s.bySource.estimated + s.bySource.default == s.households)
        #expect(s.associations.first { $0.name == "Neubrandenburg" }.map { $0.deliveryPoints > 8_000 } == true)
    }

    @Test func reimportingTheSameFileChangesNothing() throws {
        let district = try district()
        _ = try district.importOSM(path: Fixtures.neubrandenburg)
        _ = try district.importBoundaries(path: Fixtures.maps("neubrandenburg-associations.geojson"), nameProperty: "forening")
        let before = try contentDump(district.databasePath)
        let (osm, refresh) = try district.importOSM(path: Fixtures.neubrandenburg)
        #expect(osm.changes == 0)
        #expect(refresh.pointsChanged == 0)
        let (boundaries, _) = try district.importBoundaries(path: Fixtures.maps("neubrandenburg-associations.geojson"), nameProperty: "forening")
        #expect(boundaries.changes == 0)
        #expect(try contentDump(district.databasePath) == before)
    }

    @Test func importsMayComeInAnyOrder() throws {
        let boundaries = Fixtures.file("b.geojson", Self.malmoBoundaries)
        let first = try district()
        _ = try first.importOSM(path: Fixtures.malmo)
        _ = try first.importBoundaries(path: boundaries, nameProperty: "namn")
        let second = try district()
        _ = try second.importBoundaries(path: boundaries, nameProperty: "namn")
        _ = try second.importOSM(path: Fixtures.malmo)
        #expect(try first.householdSummary() == second.householdSummary())
        let query = "SELECT p.key, a.name FROM deliveryPoint p LEFT JOIN association a ON a.id = p.associationId ORDER BY p.key"
        func assignment(_ d: District) throws -> [String] {
            try DatabaseQueue(path: d.databasePath).read { db in try Row.fetchAll(db, sql: query).map { "\($0)" } }
        }
        #expect(try assignment(first) == assignment(second))
        let summary = try first.householdSummary()
        #expect(summary.associations.map(\.name) == ["Väster", "Öster"])
        #expect(summary.associations.allSatisfy { $0.deliveryPoints > 0 })
    }

    @Test func withoutBoundariesTheDistrictIsOneAssociation() throws {
        let district = try district()
        _ = try district.importOSM(path: Fixtures.malmo)
        let summary = try district.householdSummary()
        #expect(summary.associations.map(\.name) == ["Värmland"])
        #expect(summary.outside.deliveryPoints == 0)
        #expect(summary.associations.first?.deliveryPoints == summary.deliveryPoints)
    }

    @Test func aNewerExtractUpdatesPointsInPlace() throws {
        let district = try district()
        let directory = Fixtures.scratch()
        let original = try String(contentsOfFile: Fixtures.malmo, encoding: .utf8)
        let path = directory.appendingPathComponent("malmo.osm").path
        try original.write(toFile: path, atomically: true, encoding: .utf8)
        _ = try district.importOSM(path: path)
        let queue = try DatabaseQueue(path: district.databasePath)
        let (key, id, number) = try queue.read { db in
            let row = try #require(try Row.fetchOne(db, sql: "SELECT key, id, houseNumber FROM deliveryPoint WHERE key LIKE 'n%' ORDER BY key LIMIT 1"))
            return (row["key"] as String, row["id"] as Int64, row["houseNumber"] as String)
        }
        // The same node, renumbered in a newer extract.
        let nodeID = String(key.dropFirst())
        let nodeStart = try #require(original.range(of: "id='\(nodeID)'"))
        let tag = "k='addr:housenumber' v='\(number)'"
        let tagRange = try #require(original.range(of: tag, range: nodeStart.upperBound..<original.endIndex))
        try original.replacingCharacters(in: tagRange, with: "k='addr:housenumber' v='\(number)Z'").write(toFile: path, atomically: true, encoding: .utf8)
        let before = try district.householdSummary().deliveryPoints
        let (report, _) = try district.importOSM(path: path)
        #expect(report.changes == 1)
        let after = try queue.read { db in try Row.fetchOne(db, sql: "SELECT id, houseNumber FROM deliveryPoint WHERE key = ?", arguments: [key]) }
        #expect(after?["id"] == id)
        #expect(after?["houseNumber"] == number + "Z")
        #expect(try district.householdSummary().deliveryPoints == before)
    }

    @Test func aRegisterOverridesEstimatesAndAddsUnmatchedAddresses() throws {
        let district = try district()
        _ = try district.importOSM(path: Fixtures.malmo)
        let queue = try DatabaseQueue(path: district.databasePath)
        let rows = try queue.read { db in
            try Row.fetchAll(db, sql: "SELECT street, houseNumber, latitude, longitude FROM deliveryPoint ORDER BY key LIMIT 3")
        }
        var csv = "gata;nummer;lat;lon;hushåll\n"
        for (i, row) in rows.enumerated() {
            let lat = String(row["latitude"] as Double).replacingOccurrences(of: ".", with: ",")
            let lon = String(row["longitude"] as Double).replacingOccurrences(of: ".", with: ",")
            csv += "\(row["street"] as String);\(row["houseNumber"] as String);\(lat);\(lon);\(10 + i)\n"
        }
        csv += "Nybyggda gatan;1;55,6000;13,0000;7\n"
        let path = Fixtures.file("register.csv", csv)
        let before = try district.householdSummary()
        let (report, _) = try district.importRegister(path: path)
        #expect(report.rows == 4)
        #expect(report.matchedByAddress == 3 && report.matchedByPosition == 0 && report.mergedRows == 0)
        #expect(report.newPoints == 1)
        let after = try district.householdSummary()
        #expect(after.bySource.explicit == 10 + 11 + 12 + 7)
        #expect(after.deliveryPoints == before.deliveryPoints + 1)
        let dump = try contentDump(district.databasePath)
        let (again, _) = try district.importRegister(path: path)
        #expect(again.changes == 0)
        #expect(try contentDump(district.databasePath) == dump)
    }
}

extension ImportTests {
    @Test func pointsOutsideEveryPolygonAreListed() throws {
        let district = try district()
        _ = try district.importOSM(path: Fixtures.malmo)
        // Only the western half of Malmö's extract has an association.
        let west = """
            {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"namn":"Väster"},"geometry":\
            {"type":"Polygon","coordinates":[[[12.9,55.5],[13.0,55.5],[13.0,55.7],[12.9,55.7],[12.9,55.5]]]}}]}
            """
        _ = try district.importBoundaries(path: Fixtures.file("w.geojson", west), nameProperty: "namn")
        let summary = try district.householdSummary()
        let outside = try district.outsidePoints()
        #expect(outside.count == summary.outside.deliveryPoints)
        #expect(outside.count > 0)
        #expect(outside.allSatisfy { $0.longitude > 13.0 || $0.longitude < 12.9 || $0.latitude < 55.5 || $0.latitude > 55.7 })
        // Nobody is dropped: they form "utan förening", which is planned, printed and counted.
        let group = try #require(summary.associations.first { $0.name == "utan förening" })
        #expect(group.deliveryPoints == summary.outside.deliveryPoints && group.households == summary.outside.households)
        let plan = try district.plan(targetMinutes: 30)
        #expect(plan.summary.unassignedHouseholds == 0)
        #expect(plan.areas.contains { $0.association == "utan förening" })
        #expect(plan.summary.households == summary.households)
        #expect(try district.printRun(sparePercent: 0).papers == summary.households)
        #expect(try district.coverage().households == summary.households)
    }

    @Test func withTheNearestRulePointsOutsideGoToTheNearestAssociation() throws {
        var config = try DistrictConfig.starter
        config.district.outside = "nearest"
        let district = District(databasePath: Fixtures.scratch().appendingPathComponent("d.sqlite").path, config: config)
        _ = try district.importOSM(path: Fixtures.malmo)
        // Väster (west of 13.0°) and a small Öster far in the east: Malmö's points east of 13.0° are nearer Väster.
        let two = """
            {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"namn":"Väster"},"geometry":\
            {"type":"Polygon","coordinates":[[[12.9,55.5],[13.0,55.5],[13.0,55.7],[12.9,55.7],[12.9,55.5]]]}},\
            {"type":"Feature","properties":{"namn":"Öster"},"geometry":\
            {"type":"Polygon","coordinates":[[[13.5,55.5],[13.6,55.5],[13.6,55.7],[13.5,55.7],[13.5,55.5]]]}}]}
            """
        let (_, refresh) = try district.importBoundaries(path: Fixtures.file("two.geojson", two), nameProperty: "namn")
        #expect(refresh.outsidePoints > 0 && refresh.outsideGoTo == nil)
        let summary = try district.householdSummary()
        #expect(summary.associations.map(\.name) == ["Väster", "Öster"])
        #expect(summary.associations.first { $0.name == "Väster" }?.households == summary.households)
        #expect(summary.outside.deliveryPoints == refresh.outsidePoints)
    }

    @Test func anEmptyAssociationAndAContactForNoAssociationAreSaidNotPassedOver() throws {
        // A configuration with a contact for Karlstad, which Malmö lacks.
        var config = try DistrictConfig.starter
        config.associations = [.init(name: "Karlstad", contact: "Anna Andersson")]
        let district = District(databasePath: Fixtures.scratch().appendingPathComponent("u.sqlite").path, config: config)
        // Before any boundaries the district is one association: no configured name is wrong yet.
        _ = try district.importOSM(path: Fixtures.malmo)
        // Tomma's polygon lies at sea: no address in it.
        let boundaries = """
            {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"namn":"Malmö"},"geometry":\
            {"type":"Polygon","coordinates":[[[12.8,55.4],[13.2,55.4],[13.2,55.8],[12.8,55.8],[12.8,55.4]]]}},\
            {"type":"Feature","properties":{"namn":"Tomma"},"geometry":\
            {"type":"Polygon","coordinates":[[[12.0,55.0],[12.1,55.0],[12.1,55.1],[12.0,55.1],[12.0,55.0]]]}}]}
            """
        let file = Fixtures.file("b.geojson", boundaries)
        // The boundaries bring the names: Karlstad's contact is an error naming its entry, and nothing is imported.
        #expect(throws: InputFileError(
            path: "Config/district.yaml", position: "associations[0].name",
            message: "'Karlstad' is no association of the boundaries (known: Malmö, Tomma)")
        ) { try district.importBoundaries(path: file, nameProperty: "namn") }
        #expect(try district.existingStore().read { tx in try tx.associationNames() } == [config.district.name])
        let fixed = District(databasePath: district.databasePath, config: try DistrictConfig.starter)
        let (_, refresh) = try fixed.importBoundaries(path: file, nameProperty: "namn")
        #expect(refresh.emptyAssociations == ["Tomma"])
        // Tomma keeps a line with 0 in the print run and the coverage instead of vanishing.
        #expect(try fixed.printRun(sparePercent: 0).associations.first { $0.name == "Tomma" }?.papers == 0)
        #expect(try fixed.coverage().associations.first { $0.name == "Tomma" }?.households == 0)
        // Coverage, which shows the contacts, refuses a configuration that names no association too.
        #expect(throws: InputFileError.self) { try district.coverage() }
        // The plan says it too: Tomma got no area.
        #expect(try fixed.plan(targetMinutes: 30).outcome?.withoutHouseholds == ["Tomma"])
        #expect(throws: DistrictError.noAreasIn("Tomma")) { try fixed.writeSheets(to: Fixtures.scratch().path, association: "Tomma") }
    }
}
