import Foundation
import TestSupport
import Testing

/// `households gaps` on Malmö, whose map draws 22 homes without an address.
struct HouseholdsGapsCommandTests {
    func utdelning(_ arguments: [String], in directory: URL) throws -> (code: Int32, out: String, err: String) {
        try Fixtures.run(try CommandLineTests.executable, arguments + ["--db", directory.appendingPathComponent("u.sqlite").path], cwd: directory)
    }

    @Test func gapsListsTheHomesPerAssociationAsTextJSONAndGeoJSON() throws {
        let directory = Fixtures.scratch()
        let imported = try utdelning(["import", "osm", Fixtures.malmo], in: directory)
        #expect(imported.code == 0, "\(imported.err)")
        #expect(imported.out.contains("22 homes without an address in the map (hus utan adress): 10 building=house"))

        let text = try utdelning(["households", "gaps"], in: directory)
        #expect(text.code == 0)
        let lines = text.out.split(separator: "\n")
        #expect(lines.first?.hasPrefix("Värmland: 22 homes without an address, ") == true)
        #expect(lines.filter { $0.hasPrefix("  w") }.count == 22)
        #expect(lines.last?.hasPrefix("22 homes without an address in the map (hus utan adress), ") == true)

        let json = try utdelning(["households", "gaps", "--format", "json"], in: directory)
        let homes = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [[String: Any]])
        #expect(homes.count == 22)
        #expect(Set(homes.first?.keys.map { $0 } ?? []) == ["key", "association", "street", "households", "evidence", "latitude", "longitude"])

        let geojson = try utdelning(["households", "gaps", "--format", "geojson"], in: directory)
        let collection = try #require(try JSONSerialization.jsonObject(with: Data(geojson.out.utf8)) as? [String: Any])
        #expect((collection["features"] as? [Any])?.count == 22)

        let summary = try utdelning(["households", "summary"], in: directory)
        #expect(summary.out.contains("hus utan adress (a home the map gives no address): "))
        #expect(try utdelning(["households", "gaps", "--format", "csv"], in: directory).code == 64)
    }
}
