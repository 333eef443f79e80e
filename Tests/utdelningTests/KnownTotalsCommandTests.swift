import Foundation
import TestSupport
import Testing

/// `import totals` through the real binary: the table, the summary's totals, removal, and bad
/// tables that leave the database as it was.
@Suite(.serialized)
struct KnownTotalsCommandTests {
    /// West Neubrandenburg with the two invented associations as regions (property `namn`).
    func district() throws -> (directory: URL, db: String) {
        let directory = Fixtures.scratch()
        let db = directory.appendingPathComponent("u.sqlite").path
        let imported = try Fixtures.run(try CommandLineTests.executable, ["import", "osm", Fixtures.neubrandenburgWest, "--db", db], cwd: directory)
        #expect(imported.code == 0, "\(imported.err)")
        return (directory, db)
    }

    func utdelning(_ arguments: [String], db: String, in directory: URL) throws -> (code: Int32, out: String, err: String) {
        try Fixtures.run(try CommandLineTests.executable, arguments + ["--db", db], cwd: directory)
    }

    func totals(_ csv: String, _ directory: URL) -> [String] {
        ["import", "totals", Fixtures.file("totals.csv", csv, in: directory), "--regions", Fixtures.neubrandenburgCentre, "--code-property", "namn"]
    }

    struct Summary: Decodable {
        struct Total: Decodable {
            var code: String
            var estimateBefore: Int
            var known: Int
            var factor: Double?
            var householdsNow: Int
        }

        var households: Int
        var totals: [Total]
    }

    @Test func aTableOfTotalsScalesReportsAndGoesAgain() throws {
        let (directory, db) = try district()
        let summary = { try JSONDecoder().decode(Summary.self, from: Data(try utdelning(["households", "summary", "--format", "json"], db: db, in: directory).out.utf8)) }
        let before = try summary()
        #expect(before.totals.isEmpty)

        let imported = try utdelning(totals("område;hushåll\nWeststadt;4 000\n", directory), db: db, in: directory)
        #expect(imported.code == 0, "\(imported.err)")
        #expect(imported.out.contains("known totals of 1 region"))
        #expect(imported.out.contains("% more than estimated: addresses are probably missing from the map"))
        let after = try summary()
        let west = try #require(after.totals.first)
        #expect(west.code == "Weststadt" && west.known == 4000 && west.householdsNow == 4000)
        #expect(west.factor == (Double(4000) / Double(west.estimateBefore) * 1000).rounded() / 1000)
        #expect(after.households == before.households - west.estimateBefore + 4000)

        let removed = try utdelning(["import", "totals", "--remove"], db: db, in: directory)
        #expect(removed.code == 0, "\(removed.err)")
        #expect(removed.out.hasPrefix("removed the known totals of 1 region"))
        #expect(try summary().households == before.households)
    }

    @Test(arguments: [
        ("område;hushåll\nAtlantis;10\n", "line 2: unknown region 'Atlantis' (the regions file has codes Oststadt, Weststadt)"),
        ("område;hushåll\nWeststadt;-10\n", "line 2: households -10 is negative"),
        ("område;hushåll\nWeststadt;10\nWeststadt;12\n", "line 3: region 'Weststadt' is given twice (first on line 2)"),
        ("område;invånare\nWeststadt;10\n", "line 1: no households or dwellings column (a header with 'hushåll', 'households', 'bostäder' or 'dwellings')"),
        ("område;hushåll\nWeststadt;tio\n", "line 2: households 'tio' is not a whole number"),
    ])
    func aBadTableIsOneLineAndChangesNothing(csv: String, message: String) throws {
        let (directory, db) = try district()
        // A good table first, so that a bad one has something it must not replace.
        #expect(try utdelning(totals("område;hushåll\nOststadt;500\n", directory), db: db, in: directory).code == 0)
        let arguments = totals(csv, directory)
        let result = try ErrorKindTests().refused(arguments, db: db, in: directory)
        #expect(result.code == 65)
        #expect(result.err == "utdelning: \(arguments[2]): \(message)\n")
    }

    @Test func removeTakesNoFileAndAFileNeedsItsRegions() throws {
        let (directory, db) = try district()
        let both = try ErrorKindTests().refused(["import", "totals", "t.csv", "--remove"], db: db, in: directory)
        #expect(both.code == 64 && both.err == "utdelning: --remove takes no table, --regions or --code-property\n")
        let noRegions = try ErrorKindTests().refused(["import", "totals", "t.csv"], db: db, in: directory)
        #expect(noRegions.code == 64 && noRegions.err == "utdelning: the table needs --regions FILE.geojson and --code-property P\n")
    }
}
