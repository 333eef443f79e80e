import Testing

@testable import UtdelningKit

/// Names from a people export end in spreadsheets: they must stay text there.
struct SpreadsheetCSVTests {
    @Test func aNameAsAFormulaIsOnlyTextAndNumbersStayNumbers() {
        #expect(SpreadsheetCSV.field(#"=HYPERLINK("http://x.test","klicka")"#) == #""'=HYPERLINK(""http://x.test"",""klicka"")""#)
        #expect(SpreadsheetCSV.field("+46 70 123") == "'+46 70 123")
        #expect(SpreadsheetCSV.field("@SUM(A1)") == "'@SUM(A1)")
        #expect(SpreadsheetCSV.field("-2+3") == "'-2+3")
        #expect(SpreadsheetCSV.field("-3,5") == "-3,5")
        #expect(SpreadsheetCSV.field("12") == "12")
        #expect(SpreadsheetCSV.field("Karl; Johan") == "\"Karl; Johan\"")
        #expect(SpreadsheetCSV.document([["a", "=1+1"]]) == "\u{FEFF}a;'=1+1\r\n")
    }
}
