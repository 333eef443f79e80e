import Testing

@testable import Rendering

struct QRCodeTests {
    @Test func aReportingAddressBecomesAVersion3CodeWithFinderPatterns() throws {
        let code = try #require(QRCode("https://example.org/omraden/17"))
        // 30 bytes at level M outgrow version 2 (26 bytes): version 3, 29 modules a side.
        #expect(code.size == 29)
        // The three finder patterns: dark 7×7 rings in three corners, light just inside.
        for (row, column) in [(0, 0), (0, code.size - 7), (code.size - 7, 0)] {
            #expect(code.isDark(row: row, column: column))
            #expect(code.isDark(row: row + 6, column: column + 6))
            #expect(!code.isDark(row: row + 1, column: column + 1))
            #expect(code.isDark(row: row + 3, column: column + 3))
        }
        #expect(QRCode(String(repeating: "x", count: 5000)) == nil)
    }
}
