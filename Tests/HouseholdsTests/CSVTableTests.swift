import Foundation
import Testing

@testable import Households

/// Tables as hostile files write them (found by Tests/Reliability/fuzz.py).
struct CSVTableTests {
    /// A 10 MB header line of separators was 5 million columns, each folded for every column
    /// asked for: 70 s before its one-line refusal. Now refused at once, naming the line.
    @Test func aHeaderOfMillionsOfColumnsIsRefusedAtOnce() throws {
        let header = "område;version" + String(repeating: ";", count: 2_000_000) + "nr;status\n1;1;1;x\n"
        let started = Date()
        let error = try #require(throws: InputFileError.self) { try CSVTable(path: "wide.csv", data: Data(header.utf8)) }
        #expect(error.position == "line 1")
        #expect(error.message == "2000003 columns in the header; a table has at most 1000")
        #expect(Date().timeIntervalSince(started) < 20)
    }

    @Test func columnsAreFoundByTheirFoldedNames() throws {
        let table = try CSVTable(path: "t.csv", data: Data("Gata; Hus-Nummer ;lat\nA;1;2\n".utf8))
        #expect(table.column(["hus_nummer"]) == 1)
        #expect(table.column(["LAT"]) == 2)
        #expect(table.column(["lon"]) == nil)
    }
}
