import Foundation
import TestSupport
import Testing

/// `assign`, `unassign` and `assignments` as a coordinator runs them, on Malmö.
@Suite(.serialized)
struct AssignCommandTests {
    func utdelning(_ arguments: [String], in directory: URL) throws -> (code: Int32, out: String, err: String) {
        try CommandLineTests().utdelning(arguments, in: directory)
    }

    func planned() throws -> URL {
        let directory = Fixtures.scratch()
        #expect(try utdelning(["import", "osm", Fixtures.malmo], in: directory).code == 0)
        #expect(try utdelning(["plan", "--target-minutes", "30"], in: directory).code == 0)
        let people = Fixtures.file("people.csv", "namn;förening;lat;lon;kapacitet\nAnna Ek;Värmland;55,60;13,01;2\nBo Ström;Värmland;55,59;13,02;1\n", in: directory)
        #expect(try utdelning(["volunteers", "import", people], in: directory).code == 0)
        return directory
    }

    @Test func assignNamesWhoGotWhatAndAHandMoveOverCapacityIsWarnedOnStderr() throws {
        let directory = try planned()
        let assigned = try utdelning(["assign"], in: directory)
        #expect(assigned.code == 0, "\(assigned.err)")
        let lines = assigned.out.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("3 areas assigned in this run, ") == true)
        #expect(lines.dropFirst().first == "Värmland")
        #expect(lines.contains { $0.hasPrefix("  Anna Ek (1): ") && $0.hasSuffix(", holds 2 of 2") })
        #expect(lines.contains { $0.hasPrefix("  Bo Ström (2): ") && $0.hasSuffix(", holds 1 of 1") })
        // Bo can take one area and holds one: a second by hand is done, with a warning (ids only).
        let open = try #require(lines.first { $0.hasPrefix("  open: ") }?.dropFirst(8).split(separator: ",").first.map(String.init))
        let hand = try utdelning(["assign", open, "--to", "2"], in: directory)
        #expect(hand.code == 0)
        #expect(hand.err == "utdelning: warning: volunteer 2 now holds 2 areas, over their capacity of 1\n")
        #expect(try utdelning(["assign", open, "--to", "2", "--rebalance"], in: directory).code == 64)
        let taken = try utdelning(["unassign", open], in: directory)
        #expect(taken.out == "area \(open) is unassigned; assign will not give it back to volunteer 2\n")
        let again = try utdelning(["assign", "--association", "värmland", "--format", "json"], in: directory)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(again.out.utf8)) as? [String: Any])
        #expect(Set(json.keys) == ["assigned", "unassigned", "associations", "moves", "suggestions"])
        #expect(json["assigned"] as? Int == 0, "everyone is full")
        let rebalanced = try utdelning(["assign", "--rebalance", "--format", "json"], in: directory)
        #expect(rebalanced.code == 0, "\(rebalanced.err)")
    }

    @Test func assignmentsAsTextCSVAndJSON() throws {
        let directory = try planned()
        #expect(try utdelning(["assign"], in: directory).code == 0)
        #expect(try utdelning(["assign", "1", "--to", "1"], in: directory).code == 0)
        let text = try utdelning(["assignments"], in: directory)
        #expect(text.code == 0, "\(text.err)")
        let lines = text.out.split(separator: "\n")
        #expect(lines.first == "area\tassociation\tvolunteer\tname\thow\tmode\tminutes\tpapers")
        #expect(lines.count == 1 + 3 + 1, "a header and the areas, area 1 taken by hand on top")
        #expect(lines.contains { $0.hasPrefix("1\tVärmland\t1\tAnna Ek\tmanual\t") })
        let csv = try utdelning(["assignments", "--format", "csv", "--association", "VÄRMLAND"], in: directory)
        #expect(csv.out.hasPrefix("\u{FEFF}område;förening;utdelare;namn;tilldelning;färdsätt;minuter;tidningar\r\n"))
        #expect(csv.out.contains("\r\n1;Värmland;1;Anna Ek;manuell;gång;"))
        let rows = csv.out.split(separator: "\r\n").dropFirst()
        #expect(rows.count == 4 && rows.allSatisfy { $0.split(separator: ";").count == 8 })
        // Minutes with a decimal comma.
        #expect(rows.allSatisfy { $0.split(separator: ";")[6].contains(",") })
        let json = try utdelning(["assignments", "--format", "json"], in: directory)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
        let listed = try #require(object["assignments"] as? [[String: Any]])
        #expect(listed.count == 4)
        #expect(listed.allSatisfy { Set($0.keys) == ["area", "association", "volunteer", "volunteerName", "manual", "mode", "minutes", "papers"] })
        #expect(try utdelning(["assignments", "--association", "Atlantis"], in: directory).code == 65)
    }
}
