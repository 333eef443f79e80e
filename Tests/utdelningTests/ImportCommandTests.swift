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
}
