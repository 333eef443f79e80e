import Foundation
import TestSupport
import Testing

/// `printrun`, `sheets` and `map` as a coordinator runs them, on a planned Malmö.
@Suite(.serialized)
struct PrintingCommandTests {
    func utdelning(_ arguments: [String], in directory: URL) throws -> (code: Int32, out: String, err: String) {
        try Fixtures.run(try CommandLineTests.executable, arguments + ["--db", directory.appendingPathComponent("u.sqlite").path], cwd: directory)
    }

    func plannedMalmo() throws -> URL {
        let directory = Fixtures.scratch()
        #expect(try utdelning(["import", "osm", Fixtures.malmo], in: directory).code == 0)
        let plan = try utdelning(["plan", "--target-minutes", "30"], in: directory)
        #expect(plan.code == 0, "\(plan.err)")
        return directory
    }

    @Test func printRunJSONHasTheDocumentedKeysAndCSVIsForSwedishSpreadsheets() throws {
        let directory = try plannedMalmo()
        let result = try utdelning(["printrun", "--spare", "10", "--format", "json"], in: directory)
        #expect(result.code == 0, "\(result.err)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
        #expect(Set(json.keys).isSuperset(of: ["spare", "papers", "associations"]))
        #expect(json["spare"] as? Double == 0.1)
        let associations = try #require(json["associations"] as? [[String: Any]])
        #expect(associations.allSatisfy { Set($0.keys).isSuperset(of: ["name", "households", "papers"]) })
        let households = associations.compactMap { $0["households"] as? Int }.reduce(0, +)
        // 98 of them in the homes the map draws without an address.
        #expect(households == 5_614)
        // 10 % more, rounded up per association; the district is the sum.
        #expect(associations.allSatisfy { ($0["papers"] as? Int) == Int((Double($0["households"] as? Int ?? 0) * 1.1 - 1e-9).rounded(.up)) })
        #expect(json["papers"] as? Int == associations.compactMap { $0["papers"] as? Int }.reduce(0, +))

        let csv = try utdelning(["printrun", "--format", "csv"], in: directory)
        #expect(csv.out.hasPrefix("\u{FEFF}förening;hushåll;tidningar\r\n"))
        #expect(csv.out.contains("Distriktet;5614;5895\r\n"))
        let wrong = try utdelning(["printrun", "--spare", "-3"], in: directory)
        #expect(wrong.code == 64)
    }

    @Test func theSameSheetsAndMapsComeOutTheSameTwice() throws {
        let directory = try plannedMalmo()
        for run in ["a", "b"] {
            #expect(try utdelning(["sheets", "--out", "sheets-\(run)"], in: directory).code == 0)
            #expect(try utdelning(["map", "--out", "map-\(run).svg"], in: directory).code == 0)
            #expect(try utdelning(["map", "--out", "map-\(run).png"], in: directory).code == 0)
        }
        func bytes(_ name: String) throws -> Data { try Data(contentsOf: directory.appendingPathComponent(name)) }
        #expect(try bytes("map-a.svg") == bytes("map-b.svg"))
        #expect(try bytes("map-a.png") == bytes("map-b.png"))
        #expect(try String(decoding: bytes("map-a.svg"), as: UTF8.self).contains("<svg"))
        // A PDF differs only in its creation date.
        func withoutDate(_ name: String) throws -> Data {
            let text = String(decoding: try bytes(name), as: UTF8.self)
            return Data(text.replacingOccurrences(of: #"/CreationDate \([^)]*\)"#, with: "", options: .regularExpression).utf8)
        }
        let a = try withoutDate("sheets-a/Värmland.pdf")
        #expect(a.count > 10_000)
        #expect(a == (try withoutDate("sheets-b/Värmland.pdf")))
    }

    @Test func wrongTargetsAreClearErrors() throws {
        let directory = try plannedMalmo()
        let area = try utdelning(["sheets", "--out", "s", "--area", "999999"], in: directory)
        #expect(area.code == 65)
        #expect(area.err.contains("no area 999999"))
        let association = try utdelning(["sheets", "--out", "s", "--association", "Atlantis"], in: directory)
        #expect(association.code == 65)
        #expect(association.err.split(separator: "\n").count == 1)
        let format = try utdelning(["map", "--out", "map.gif"], in: directory)
        #expect(format.code == 64)
        #expect(format.err.contains(".png, .svg or .pdf"))
        let english = try utdelning(["sheets", "--out", "en", "--lang", "en"], in: directory)
        #expect(english.code == 0, "\(english.err)")
    }
}
