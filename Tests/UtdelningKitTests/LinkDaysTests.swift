import Foundation
import TestSupport
import Testing

@testable import UtdelningKit

/// Links open through their last day, UTC, and not a moment after.
struct LinkDaysTests {
    @Test func aLinkOpensThroughItsLastDayAndNoLonger() throws {
        let yaml = DistrictConfig.starterText.replacingOccurrences(of: "expires: \"\"", with: "expires: 2030-01-31")
        let days = LinkDays(try DistrictConfig.load(path: Fixtures.file("days.yaml", yaml)))
        #expect(days.lastDay == "2030-01-31")
        for (moment, past) in [("2030-01-31T00:00:00Z", false), ("2030-01-31T23:59:59Z", false), ("2030-02-01T00:00:00Z", true), ("2029-12-01T12:00:00Z", false)] {
            let now = try #require(try? Date(moment, strategy: .iso8601))
            #expect(days.isPast(now) == past, "\(moment)")
            #expect(days.isPast(now) == (District.day(now) > days.lastDay), "the same as comparing days")
        }
    }
}
