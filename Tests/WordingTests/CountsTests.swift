import Testing
import Wording

/// Counts as people read them: the same grouping in the terminal, on sheets and in reports.
struct CountsTests {
    @Test func thousandsAreGroupedByANoBreakSpace() {
        #expect(0.grouped == "0")
        #expect(999.grouped == "999")
        #expect(1000.grouped == "1\u{00A0}000")
        #expect(41_142.grouped == "41\u{00A0}142")
        #expect(1_234_567.grouped == "1\u{00A0}234\u{00A0}567")
        #expect((-1234).grouped == "-1\u{00A0}234")
    }

    @Test func oneIsSingularAndEveryOtherCountPlural() {
        #expect(1.counting("area", "areas") == "1 area")
        #expect(0.counting("area", "areas") == "0 areas")
        #expect(2.counting("område", "områden") == "2 områden")
        #expect(1001.counting("volunteer", "volunteers") == "1\u{00A0}001 volunteers")
    }

    @Test func decimalsKeepTheirMarkAndGroupTheWholePart() {
        #expect(7028.04.grouped(decimals: 1) == "7\u{00A0}028.0")
        #expect(1234.56.grouped(decimals: 1, mark: ",") == "1\u{00A0}234,6")
        #expect(12.0.grouped(decimals: 0) == "12")
        #expect((-0.04).grouped(decimals: 1) == "0.0")
        #expect((-2.5).grouped(decimals: 1) == "-2.5")
    }
}
