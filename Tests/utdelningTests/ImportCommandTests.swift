import Foundation
import TestSupport
import Testing

/// Imports over a running campaign and over other files' objects, as a coordinator runs them.
@Suite(.serialized)
struct ImportCommandTests {
    func utdelning(_ arguments: [String], in directory: URL) throws -> (code: Int32, out: String, err: String) {
        try Fixtures.run(try CommandLineTests.executable, arguments + ["--db", directory.appendingPathComponent("u.sqlite").path], cwd: directory)
    }

    @Test func boundariesThatWouldDropAnAssociationWithVolunteersExit65UntilTheRenameIsSaid() throws {
        let directory = Fixtures.scratch()
        #expect(try utdelning(["import", "osm", Fixtures.neubrandenburgWest], in: directory).code == 0)
        let centre = try String(contentsOfFile: Fixtures.neubrandenburgCentre, encoding: .utf8)
        let boundaries = Fixtures.file("associations.geojson", centre, in: directory)
        #expect(try utdelning(["import", "boundaries", boundaries, "--name-property", "namn"], in: directory).code == 0)
        let people = Fixtures.file("people.csv", "namn;förening;lat;lon\nBo Ström;Oststadt;53,556;13,26\n", in: directory)
        #expect(try utdelning(["volunteers", "import", people], in: directory).code == 0)

        // Next season's file names the eastern association anew.
        _ = Fixtures.file("associations.geojson", centre.replacingOccurrences(of: "Oststadt", with: "Östra staden"), in: directory)
        let refused = try utdelning(["import", "boundaries", boundaries, "--name-property", "namn"], in: directory)
        #expect(refused.code == 65)
        #expect(refused.err == "utdelning: \(boundaries): would drop 'Oststadt' (1 volunteer); use --rename OLD=NEW or --drop NAME\n")
        #expect(try utdelning(["volunteers", "list"], in: directory).out.contains("Oststadt"))

        let usage = try utdelning(["import", "boundaries", boundaries, "--name-property", "namn", "--rename", "Oststadt"], in: directory)
        #expect(usage.code == 64)
        #expect(usage.err == "utdelning: --rename Oststadt: expected OLD=NEW\n")

        let renamed = try utdelning(["import", "boundaries", boundaries, "--name-property", "namn", "--rename", "Oststadt=Östra staden"], in: directory)
        #expect(renamed.code == 0, "\(renamed.err)")
        #expect(renamed.out.contains("renamed association 'Oststadt' to 'Östra staden'"))
        #expect(try utdelning(["volunteers", "list"], in: directory).out.contains("Bo Ström\tÖstra staden"))
    }

    @Test func overlappingExtractsImportAndAnUnknownReplacedDatasetExits65() throws {
        let directory = Fixtures.scratch()
        #expect(try utdelning(["import", "osm", Fixtures.neubrandenburgWest], in: directory).code == 0)
        let east = try utdelning(["import", "osm", Fixtures.neubrandenburgEast], in: directory)
        #expect(east.code == 0, "\(east.err)")
        #expect(east.out.contains("delivery points were in other datasets too (the same OSM objects): counted once, now from this file"))
        // The western file's department store stands in a building whose homes' doors only the eastern file has.
        #expect(east.out.contains("1 business of other datasets stood at this file's homes: merged into them"), "\(east.out)")
        let refused = try utdelning(["import", "osm", Fixtures.neubrandenburgEast, "--replaces", "neubrandenburg.osm.pbf"], in: directory)
        #expect(refused.code == 65)
        #expect(refused.err == """
            utdelning: \(Fixtures.neubrandenburgEast): --replaces neubrandenburg.osm.pbf: no dataset 'neubrandenburg.osm.pbf' \
            (there are 'neubrandenburg-west.osm.pbf', 'neubrandenburg-east.osm.pbf')

            """)
        // A dataset name another kind of file holds is the coordinator's slip: bad input, not a database fault.
        let taken = try utdelning(
            ["import", "boundaries", Fixtures.neubrandenburgCentre, "--name-property", "namn", "--dataset", "neubrandenburg-west.osm.pbf"],
            in: directory)
        #expect(taken.code == 65)
        #expect(taken.err == "utdelning: \(Fixtures.neubrandenburgCentre): dataset 'neubrandenburg-west.osm.pbf' is an osm import; use --dataset to name this one\n")
    }

    @Test func householdsCheckListsDoubtfulCountsAsTextJSONAndGeoJSON() throws {
        let directory = Fixtures.scratch()
        let imported = try utdelning(["import", "osm", Fixtures.berlinWedding], in: directory)
        #expect(imported.code == 0, "\(imported.err)")
        #expect(imported.out.contains("skipped 145 addresses: business merged (e.g. node "), "\(imported.out)")
        let malmo = try utdelning(["import", "osm", Fixtures.malmo], in: directory)
        #expect(malmo.out.contains("household counts to check: many households, size alone or an empty home (households check)"))

        let text = try utdelning(["households", "check"], in: directory)
        #expect(text.code == 0, "\(text.err)")
        let lines = text.out.split(separator: "\n")
        #expect(lines.first?.hasPrefix("402\tAmiralsgatan 53\tn1308190160\tmanyHouseholds\tbuilding=yes, 10\u{00A0}062 m², levels assumed, landuse=residential\t") == true)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(try utdelning(["households", "check", "--format", "json"], in: directory).out.utf8)) as? [[String: Any]])
        #expect(lines.last == "\(json.count) household counts to check (above 100 households, size alone, or an empty home)")
        #expect(json.allSatisfy { !($0["reasons"] as? [String] ?? []).isEmpty })

        let geo = try utdelning(["households", "check", "--format", "geojson"], in: directory)
        let collection = try #require(try JSONSerialization.jsonObject(with: Data(geo.out.utf8)) as? [String: Any])
        #expect(collection["type"] as? String == "FeatureCollection")
        let features = try #require(collection["features"] as? [[String: Any]])
        #expect(features.count == json.count)
        let first = try #require(features.first)
        #expect((first["geometry"] as? [String: Any])?["type"] as? String == "Point")
        let properties = try #require(first["properties"] as? [String: Any])
        #expect(properties["address"] as? String == "Amiralsgatan 53" && properties["households"] as? Int == 402)
        #expect(properties["reasons"] as? [String] == ["manyHouseholds"] && properties["landuse"] as? String == "residential")
        #expect(try utdelning(["households", "check", "--format", "csv"], in: directory).code == 64)
    }
}
