import Foundation
import TestSupport
import Testing

/// A coordinator's week through the real binary on Malmö: what `plan` says it kept, the
/// top-up list, and a returned sheet typed in by version and range.
@Suite(.serialized)
struct CampaignCommandTests {
    func utdelning(_ arguments: [String], in directory: URL) throws -> (code: Int32, out: String, err: String) {
        try CommandLineTests().utdelning(arguments, in: directory)
    }

    @Test func planSaysWhatItKeptAndListsTheTopUps() throws {
        let directory = Fixtures.scratch()
        #expect(try utdelning(["import", "osm", Fixtures.malmo], in: directory).code == 0)
        #expect(try utdelning(["plan", "--target-minutes", "30"], in: directory).code == 0)
        let people = Fixtures.file("people.csv", "namn;förening;lat;lon;kapacitet\nAnna Ek;Värmland;55,60;13,01;2\n", in: directory)
        #expect(try utdelning(["volunteers", "import", people], in: directory).code == 0)
        let listed = try JSONSerialization.jsonObject(with: Data(try utdelning(["areas", "--format", "json"], in: directory).out.utf8))
        let areas = try #require((listed as? [String: Any])?["areas"] as? [[String: Any]])
        let ids = areas.filter { ($0["deliveryPoints"] as? Int ?? 0) >= 3 }.compactMap { $0["id"] as? Int }.sorted()
        try #require(ids.count >= 2)
        let (held, printed) = (ids[0], ids[1])
        #expect(try utdelning(["assign", "\(held)", "--to", "1"], in: directory).code == 0)
        #expect(try utdelning(["sheets", "--out", "sheets", "--area", "\(printed)"], in: directory).code == 0)
        // Stops 1–2 of the printed sheet come back ticked, typed in by range and version.
        let sheet = Fixtures.file("back.csv", "område;version;nr;status\n\(printed);1;1-2;x\n", in: directory)
        let typed = try utdelning(["deliveries", "import", sheet], in: directory)
        #expect(typed.code == 0, "\(typed.err)")
        #expect(typed.out.contains("2 recorded"))

        let fresh = try utdelning(["plan", "--fresh"], in: directory)
        #expect(fresh.code == 0, "\(fresh.err)")
        #expect(fresh.out.contains("kept as handed out (same ids, stops and numbers): 1 assigned, 1 printed, 1 reported on"), "\(fresh.out)")
        #expect(fresh.out.contains("`plan --force` would recut all but the locked ones"))
        let topups = try utdelning(["topups"], in: directory)
        #expect(topups.out == "every sheet matches the district\n")
        // A version the area never had is one line and exit 65.
        let wrong = try utdelning(["deliver", "\(printed)", "--version", "9", "--points", "3"], in: directory)
        #expect(wrong.code == 65)
        #expect(wrong.err.split(separator: "\n").count == 1 && wrong.err.contains("no version 9"))
    }
}
