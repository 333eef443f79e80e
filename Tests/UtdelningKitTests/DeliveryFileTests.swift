import Foundation
import Testing

@testable import UtdelningKit

/// The dates and stop ranges a returned sheet is typed in with.
struct DeliveryFileTests {
    @Test func datesAreReadInEveryFormASpreadsheetWritesAndOnlyRealDaysAreDays() throws {
        let noon = try #require(DeliveryFile.parseDate("2030-08-20T12:00:00Z"))
        #expect(noon.timeIntervalSince1970 == 1_913_457_600)
        #expect(DeliveryFile.parseDate("2030-08-20")?.timeIntervalSince1970 == 1_913_414_400)
        #expect(DeliveryFile.parseDate("2030-08-20 12:00") == noon)
        #expect(DeliveryFile.parseDate("2030-08-20T12:00") == noon)
        for bad in ["2030-02-30", "2030-13-01", "20.8.2030", "2030-08-20T25:00", "igår", ""] {
            #expect(DeliveryFile.parseDate(bad) == nil, "\(bad)")
        }
    }

    @Test func stopRangesAreReadAsSheetsPrintThem() {
        #expect(StopRange("12").map { [$0.first, $0.last] } == [12, 12])
        #expect(StopRange("12-15").map { [$0.first, $0.last] } == [12, 15])
        #expect(StopRange("12–15").map { [$0.first, $0.last] } == [12, 15])
        #expect(StopRange(" 3 - 4 ").map { [$0.first, $0.last] } == [3, 4])
        for bad in ["15-12", "-3", "3-", "1-2-3", "n123"] { #expect(StopRange(bad) == nil, "\(bad)") }
    }
}
