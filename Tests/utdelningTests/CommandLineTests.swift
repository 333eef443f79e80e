import Foundation
import TestSupport
import Testing

/// The real executable on the demo district, as a coordinator runs it.
@Suite(.serialized)
struct CommandLineTests {
    static var executable: String {
        get throws {
            let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("utdelning").path
            let candidates = [beside, Fixtures.root.appendingPathComponent(".build/debug/utdelning").path]
            return try #require(candidates.first { FileManager.default.isExecutableFile(atPath: $0) }, "build the utdelning product first")
        }
    }

    func utdelning(_ arguments: [String], in directory: URL) throws -> (code: Int32, out: String, err: String) {
        try Fixtures.run(Self.executable, arguments + ["--db", directory.appendingPathComponent("u.sqlite").path], cwd: directory)
    }

    @Test func importThenSummaryAsJSONHasExactlyTheDocumentedKeys() throws {
        let directory = Fixtures.scratch()
        let config = ["--config", Fixtures.maps("neubrandenburg.yaml")]
        let imported = try utdelning(["import", "osm", Fixtures.neubrandenburg] + config, in: directory)
        #expect(imported.code == 0, "\(imported.err)")
        #expect(imported.out.contains("10\u{00A0}075 delivery points"), "thousands grouped by a no-break space")
        let bounded = try utdelning(
            ["import", "boundaries", Fixtures.maps("neubrandenburg-associations.geojson"), "--name-property", "forening"] + config, in: directory)
        #expect(bounded.code == 0, "\(bounded.err)")
        let summary = try utdelning(["households", "summary", "--format", "json"] + config, in: directory)
        #expect(summary.code == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(summary.out.utf8)) as? [String: Any])
        #expect(Set(json.keys).isSuperset(of: ["deliveryPoints", "households", "outside", "bySource", "associations"]))
        #expect(json["deliveryPoints"] as? Int == 10_075 + 1_845, "addresses and homes without one")
        #expect(json["withoutAddress"] as? [String: Int] == ["deliveryPoints": 1_845, "households": 2_292])
        let outside = try #require(json["outside"] as? [String: Any])
        #expect(Set(outside.keys) == ["deliveryPoints", "households"])
        let bySource = try #require(json["bySource"] as? [String: Int])
        #expect(Set(bySource.keys) == ["explicit", "estimated", "default"])
        #expect(bySource.values.reduce(0, +) == json["households"] as? Int)
        let associations = try #require(json["associations"] as? [[String: Any]])
        #expect(associations.count == 7)
        #expect(associations.allSatisfy { Set($0.keys) == ["name", "deliveryPoints", "households"] })
        // Byte-identical output run to run.
        #expect(try utdelning(["households", "summary", "--format", "json"] + config, in: directory).out == summary.out)
    }

    @Test func badInputIsOneLineOnStderrAndANonZeroExit() throws {
        let directory = Fixtures.scratch()
        let csv = Fixtures.file("bad.csv", "lat;lon;hushåll\n59,1;13,2;2\n59,1;13,2;x\n", in: directory)
        let result = try utdelning(["import", "households", csv], in: directory)
        #expect(result.code == 65)
        #expect(result.err == "utdelning: \(csv): line 3: households 'x' is not a whole number of 0 or more\n")
        let missing = try utdelning(["import", "osm", "nowhere.osm.pbf"], in: directory)
        #expect(missing.code == 66)
        #expect(missing.err == "utdelning: nowhere.osm.pbf: no such file\n")
    }

    @Test func aWrongFlagIsAUsageError() throws {
        let result = try utdelning(["households", "summary", "--format", "xml"], in: Fixtures.scratch())
        #expect(result.code == 64)
        #expect(result.err.contains("xml"))
    }

    @Test func initWritesTheStarterAndRefusesToOverwrite() throws {
        let directory = Fixtures.scratch()
        #expect(try Fixtures.run(Self.executable, ["init"], cwd: directory).code == 0)
        let written = try String(contentsOf: directory.appendingPathComponent("utdelning.yaml"), encoding: .utf8)
        #expect(written == (try String(contentsOfFile: Fixtures.root.appendingPathComponent("Config/district.yaml").path, encoding: .utf8)))
        let again = try Fixtures.run(Self.executable, ["init"], cwd: directory)
        #expect(again.code == 64)
    }
}

extension CommandLineTests {
    @Test func routeJSONHasTheOrderAndTheMetres() throws {
        let directory = Fixtures.scratch()
        let stops = Fixtures.file("stops.csv", "id,lat,lon\nstart,59.38,13.50\nfar,59.39,13.50\nnear,59.381,13.50\n", in: directory)
        let result = try utdelning(["route", "--stops", stops, "--metric", "straight"], in: directory)
        #expect(result.code == 0, "\(result.err)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
        #expect(json["order"] as? [String] == ["start", "near", "far"])
        #expect(json["meters"] as? Int == 1112)
    }
}

extension CommandLineTests {
    @Test func areasJSONHasTheDocumentedKeys() throws {
        let directory = Fixtures.scratch()
        #expect(try utdelning(["import", "osm", Fixtures.malmo], in: directory).code == 0)
        let planned = try utdelning(["plan", "--target-minutes", "30"], in: directory)
        #expect(planned.code == 0, "\(planned.err)")
        let result = try utdelning(["areas", "--format", "json"], in: directory)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
        let areas = try #require(json["areas"] as? [[String: Any]])
        #expect(!areas.isEmpty)
        #expect(areas.allSatisfy { Set($0.keys).isSuperset(of: ["id", "association", "deliveryPoints", "households", "papers", "minutes", "routeMeters", "mode"]) })
        let summary = try #require(json["summary"] as? [String: Any])
        #expect(Set(summary.keys).isSuperset(of: ["areas", "households", "unassignedHouseholds", "withinTolerance", "deadheadRatio"]))
        let unknown = try utdelning(["plan", "--association", "Atlantis"], in: directory)
        #expect(unknown.code == 65)
        #expect(unknown.err.contains("unknown association 'Atlantis'"))
        #expect(unknown.err.split(separator: "\n").count == 1)
    }

    @Test func aVolunteerFileWithSeveralBadRowsNamesThemAllAndWritesNothing() throws {
        let directory = Fixtures.scratch()
        #expect(try utdelning(["import", "osm", Fixtures.malmo], in: directory).code == 0)
        let people = Fixtures.file("people.csv", "namn;förening;kapacitet\nBo;Värmland;1\nEva;Värmland;många\nGun;Atlantis;2\nIda;Värmland;-1\n", in: directory)
        let imported = try utdelning(["volunteers", "import", people], in: directory)
        #expect(imported.code == 65)
        #expect(imported.err.split(separator: "\n") == [
            "utdelning: \(people): line 3: capacity 'många' is not a whole number of areas",
            "utdelning: \(people): line 4: unknown association 'Atlantis' (known: Värmland)",
            "utdelning: \(people): line 5: capacity '-1' is not a whole number of areas",
        ])
        let listed = try utdelning(["volunteers", "list"], in: directory)
        #expect(listed.out == "0 volunteers\n", "Bo's good row is not written either")
    }

    @Test func theVolunteerListHasAHeaderAndCountsInTheSingular() throws {
        let directory = Fixtures.scratch()
        #expect(try utdelning(["import", "osm", Fixtures.malmo], in: directory).code == 0)
        let people = Fixtures.file("people.csv", "namn;förening;kapacitet;lat;lon\nBo Ström;Värmland;1;55,6;13,0\n", in: directory)
        let imported = try utdelning(["volunteers", "import", people], in: directory)
        #expect(imported.out.hasPrefix("imported \(people): 1 volunteer, 1 new"), "\(imported.err)")
        let listed = try utdelning(["volunteers", "list"], in: directory)
        #expect(listed.out.split(separator: "\n") == ["id\tname\tassociation\tmode\tcapacity\thome", "1\tBo Ström\tVärmland\twalk\t1 area\tknown", "1 volunteer"])
    }
}
