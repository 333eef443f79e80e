import Foundation
import TestSupport
import Testing

/// Volunteers, assignment, deliveries and coverage as a coordinator runs them, on Malmö.
@Suite(.serialized)
struct DeliveryCommandTests {
    func utdelning(_ arguments: [String], in directory: URL) throws -> (code: Int32, out: String, err: String) {
        try Fixtures.run(try CommandLineTests.executable, arguments + ["--db", directory.appendingPathComponent("u.sqlite").path], cwd: directory)
    }

    @Test func theChainFromVolunteersToCoverageJSON() throws {
        let directory = Fixtures.scratch()
        #expect(try utdelning(["import", "osm", Fixtures.malmo], in: directory).code == 0)
        #expect(try utdelning(["plan", "--target-minutes", "30"], in: directory).code == 0)
        let people = Fixtures.file("people.csv", "first_name;last_name;förening;lat;lon;kapacitet\nAnna;Ek;Värmland;55,60;13,01;2\n", in: directory)
        let imported = try utdelning(["volunteers", "import", people], in: directory)
        #expect(imported.out.contains("1 new"), "\(imported.err)")
        let assigned = try utdelning(["assign", "--format", "json"], in: directory)
        let assignment = try #require(try JSONSerialization.jsonObject(with: Data(assigned.out.utf8)) as? [String: Any])
        #expect(assignment["assigned"] as? Int == 2)
        #expect(try utdelning(["deliver", "1", "--all", "--by", "Anna"], in: directory).code == 0)
        #expect(try utdelning(["deliver", "2", "--skip", "1", "--reason", "no-letterbox"], in: directory).code == 0)
        let coverage = try utdelning(["coverage", "--format", "json"], in: directory)
        #expect(coverage.code == 0, "\(coverage.err)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(coverage.out.utf8)) as? [String: Any])
        #expect(Set(json.keys).isSuperset(of: ["households", "delivered", "skipped", "coverage", "associations"]))
        let associations = try #require(json["associations"] as? [[String: Any]])
        #expect(associations.allSatisfy {
            Set($0.keys).isSuperset(of: ["name", "households", "delivered", "skipped", "coverage", "areas", "areasDone", "contact"])
        })
        let fraction = try #require(json["coverage"] as? Double)
        #expect(fraction > 0 && fraction < 1)
        let csv = try utdelning(["coverage", "--format", "csv"], in: directory)
        #expect(csv.out.hasPrefix("\u{FEFF}förening;hushåll;utdelat;"))
    }

    @Test func coverageByAreaAndSinceReachTheTextAndTheSpreadsheet() throws {
        let directory = Fixtures.scratch()
        #expect(try utdelning(["import", "osm", Fixtures.malmo], in: directory).code == 0)
        #expect(try utdelning(["plan", "--target-minutes", "30"], in: directory).code == 0)
        #expect(try utdelning(["deliver", "1", "--all"], in: directory).code == 0)
        let csv = try utdelning(["coverage", "--by", "area", "--format", "csv"], in: directory).out
        let rows = csv.split(separator: "\r\n")
        #expect(rows.first == "\u{FEFF}område;förening;hushåll;utdelat;hoppat över;täckning;status")
        #expect(rows.dropFirst().first?.hasPrefix("1;Värmland;") == true)
        #expect(rows.dropFirst().first?.hasSuffix(";1,0000;utdelat") == true)
        #expect(rows.last?.hasPrefix(";Distriktet;") == true)
        let today = String(ISO8601DateFormatter().string(from: Date()).prefix(10))
        let text = try utdelning(["coverage", "--since", "2000-01-01"], in: directory).out
        #expect(text.contains("delivered by the end of each day since 2000-01-01:\n  \(today): "))
        let later = try utdelning(["coverage", "--since", "2999-01-01"], in: directory).out
        #expect(later.contains("nothing delivered since 2999-01-01"))
    }

    @Test func wrongDeliveryFlagsAreUsageErrors() throws {
        let directory = Fixtures.scratch()
        #expect(try utdelning(["deliver", "1"], in: directory).code == 64)
        #expect(try utdelning(["deliver", "1", "--skip", "2"], in: directory).code == 64)
        #expect(try utdelning(["deliver", "1", "--skip", "2", "--reason", "bored"], in: directory).code == 64)
        #expect(try utdelning(["plan", "--fresh", "--mop-up"], in: directory).code == 64)
        #expect(try utdelning(["report", "--out", "r.docx"], in: directory).code == 64)
    }
}
