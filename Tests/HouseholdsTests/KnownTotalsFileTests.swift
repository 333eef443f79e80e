import Foundation
import Geometry
import TestSupport
import Testing

@testable import Households

/// Tables of known totals as statistics offices publish them, against Värmland's municipalities.
struct KnownTotalsFileTests {
    static let regions = Result { try TotalRegionFile.read(path: Fixtures.shared("boundaries/varmland-kommuner.geojson"), codeProperty: "kommun_kod", nameProperty: "kommun") }

    func read(_ text: String) throws -> [KnownTotal] {
        try KnownTotalsFile.read(path: Fixtures.file("totals.csv", text), regions: try Self.regions.get())
    }

    @Test func scbStyleCodeAndNameInOneColumnWithSpacesInNumbers() throws {
        let totals = try read("\u{FEFF}\"region\";\"Antal hushåll 2023\"\r\n\"1760 Storfors\";\"2 001\"\r\n\"1762 Munkfors\";\"1\u{00A0}807\"\r\n")
        #expect(totals.map(\.code) == ["1760", "1762"])
        #expect(totals.map(\.name) == ["Storfors", "Munkfors"])
        #expect(totals.map(\.known) == [2001, 1807])
        #expect(totals.allSatisfy { $0.counted == .households && !$0.shape.polygons.isEmpty })
    }

    @Test func englishHeadersWithDwellingsAndNames() throws {
        let totals = try read("name,dwellings\nstorfors,2100\n")
        #expect(totals.first?.code == "1760" && totals.first?.counted == .dwellings && totals.first?.known == 2100)
    }

    @Test func aCodeColumnWinsOverTheNameColumn() throws {
        let totals = try read("kommunkod;kommun;hushåll\n1762;Munkfors;1800\n")
        #expect(totals.first?.code == "1762" && totals.first?.name == "Munkfors")
    }

    @Test func aCodeWhoseLeadingZerosASpreadsheetDroppedStillMatches() throws {
        let stockholm = [TotalRegion(code: "0114", name: nil, shape: MultiPolygonShape(polygons: []))]
        let totals = try KnownTotalsFile.read(path: Fixtures.file("t.csv", "kod;hushåll\n114;20 000\n"), regions: stockholm)
        #expect(totals.first?.code == "0114" && totals.first?.known == 20000)
    }

    @Test(arguments: [
        ("kommun;hushåll\nStorfors;10\nAtlantis;5\n", "line 3", "unknown region 'Atlantis' (the regions file has codes 1715, 1730"),
        ("kommun;hushåll\nStorfors;-10\n", "line 2", "households -10 is negative"),
        // 2^63 - 1 overflowed the apportioning: exit 132 (found by Tests/Reliability/fuzz.py).
        ("kommun;hushåll\nStorfors;9223372036854775807\n", "line 2", "households 9223372036854775807 is more than a region has (at most 100000000)"),
        ("kommun;hushåll\nStorfors;10\n1760;12\n", "line 3", "region '1760' is given twice (first on line 2)"),
        ("kommun;hushåll\nStorfors;..\n", "line 2", "households '..' is not a whole number"),
        ("kommun;hushåll\nStorfors;12,5\n", "line 2", "households '12,5' is not a whole number"),
        ("kommun;invånare\nStorfors;4000\n", "line 1", "no households or dwellings column"),
        ("år;hushåll\n2023;4000\n", "line 1", "no region column"),
        ("kommun;hushåll\n", "", "no regions in the table"),
    ])
    func badTablesNameTheirLine(text: String, position: String, message: String) throws {
        let error = try #require(throws: InputFileError.self) { try read(text) }
        #expect(error.position == position)
        #expect(error.message.hasPrefix(message), "\(error.message)")
    }
}
