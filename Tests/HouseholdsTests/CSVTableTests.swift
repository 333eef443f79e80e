import Foundation
import Testing

@testable import Households

/// Tables as hostile files write them (found by Tests/Reliability/fuzz.py).
struct CSVTableTests {
    /// A 10 MB header line of separators was 5 million columns, each folded for every column
    /// asked for: 70 s before its one-line refusal. Now refused on its count, naming the line
    /// (the time is the fuzz run's to show: no timings in unit tests).
    @Test func aHeaderOfMillionsOfColumnsIsRefusedAtOnce() throws {
        let header = "område;version" + String(repeating: ";", count: 2_000_000) + "nr;status\n1;1;1;x\n"
        let error = try #require(throws: InputFileError.self) { try CSVTable(path: "wide.csv", data: Data(header.utf8)) }
        #expect(error.position == "line 1")
        #expect(error.message == "2000003 columns in the header; a table has at most 1000")
    }

    @Test func columnsAreFoundByTheirFoldedNames() throws {
        let table = try CSVTable(path: "t.csv", data: Data("Gata; Hus-Nummer ;lat\nA;1;2\n".utf8))
        #expect(table.column(["hus_nummer"]) == 1)
        #expect(table.column(["LAT"]) == 2)
        #expect(table.column(["lon"]) == nil)
    }
}

/// Decimals as spreadsheets write them; read byte by byte since a field can be a 10 MB line.
struct CSVDecimalTests {
    @Test func decimalsAreReadAsWritten() {
        let cases: [(String, Double?)] = [
            ("59.38", 59.38), ("59,38", 59.38), ("1 234,5", 1234.5), ("1\u{00A0}234", 1234), (" -13,5 ", -13.5),
            ("1,2,3", nil), ("1.2,3", nil), ("", nil), ("abc", nil), ("1,5e3", 1500),
            ("13,2610" + String(repeating: "a", count: 100_000), nil), ("5 \u{301}", nil), (",\u{301}5", nil),
            ("1\u{00A0}\u{00A0}2,5", 12.5), ("\u{00C2}5", nil), ("1,\u{301}5,2", nil), ("1 000 000", 1_000_000),
        ]
        for (text, expected) in cases {
            #expect(CSVTable.decimal(text) == expected, "\(text.prefix(20))")
        }
        #expect(CSVTable.decimal("nan")?.isNaN == true)
    }
}
