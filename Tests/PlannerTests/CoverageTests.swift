import Testing

@testable import Planner
import Vocabulary

struct CoverageTests {
    func record(_ key: PointKey, _ day: Int, households: Int = 10) -> DeliveryRecord {
        DeliveryRecord(pointKey: key, outcome: .delivered, reason: nil, households: households, reportedAt: "2030-08-\(day)T18:00:00Z", reporter: "Anna")
    }

    @Test func thePaceOfTheLastWeekForecastsTheDayOfFullCoverage() {
        // Ten points of ten households; seven delivered on seven days, ten a day.
        let points = (0..<10).map { Coverage.Point(key: PointKey("p\($0)"), association: "Kil", households: 10) }
        let records = (0..<7).map { record(PointKey("p\($0)"), 14 + $0) }
        let coverage = Coverage(points: points, areas: [], records: records, contacts: ["Kil": "Anna"], deadline: "2030-09-08", today: "2030-08-20")
        #expect(coverage.delivered == 70)
        #expect(coverage.coverage == 0.7)
        #expect(coverage.forecast.householdsPerDay == 10)
        #expect(coverage.forecast.completeOn == "2030-08-23")
        #expect(coverage.forecast.onTrack)
        #expect(coverage.daily.map(\.delivered) == [10, 20, 30, 40, 50, 60, 70])
        #expect(coverage.associations.first?.contact == "Anna")
        let late = Coverage(points: points, areas: [], records: records, contacts: [:], deadline: "2030-08-21", today: "2030-08-20")
        #expect(!late.forecast.onTrack)
        let since = Coverage(points: points, areas: [], records: records, contacts: [:], deadline: "2030-09-08", today: "2030-08-20", since: "2030-08-18")
        #expect(since.daily.map(\.date) == ["2030-08-18", "2030-08-19", "2030-08-20"])
    }

    @Test func inTheFirstWeekThePaceIsOverTheDaysSinceTheFirstReport() {
        // 100 households: a block of 12 and eight houses of 11. Election day is 2030-09-08.
        let points = [Coverage.Point(key: "block", association: "Kil", households: 12)]
            + (1...8).map { Coverage.Point(key: PointKey("house\($0)"), association: "Kil", households: 11) }
        // The first evening: the block is done. 12 a day leaves 88 households for 8 more days.
        let dayOne = Coverage(
            points: points, areas: [], records: [record("block", 14, households: 12)], contacts: [:], deadline: "2030-09-08", today: "2030-08-14")
        #expect(dayOne.forecast.householdsPerDay == 12)
        #expect(dayOne.forecast.completeOn == "2030-08-22")
        #expect(dayOne.forecast.onTrack)
        // Two houses on the third day: 34 households over three days.
        let dayThree = Coverage(
            points: points, areas: [], records: [record("block", 14, households: 12), record("house1", 16, households: 11), record("house2", 16, households: 11)], contacts: [:],
            deadline: "2030-09-08", today: "2030-08-16")
        #expect(dayThree.forecast.householdsPerDay == 11.3)
        #expect(dayThree.forecast.completeOn == "2030-08-22")
    }

    @Test func theLatestReportStandsAndAnUndoneOneCountsForNothing() {
        var skip = record("p", 15)
        skip.outcome = .skipped
        skip.reason = .locked
        // The locked door seen the day after "all delivered" stands.
        let after = DeliveryState.standings([record("p", 14), skip])
        #expect(after["p"]?.reason == .locked)
        // Typed in late, an older delivery does not overrule the newer skip.
        #expect(DeliveryState.standings([skip, record("p", 14)])["p"]?.reason == .locked)
        var undone = skip
        undone.undone = true
        #expect(DeliveryState.standings([record("p", 14), undone])["p"]?.outcome == .delivered)
        // A delivery after the skip is news; the same skip again is not.
        #expect(!DeliveryState.isRepeat(record("p", 16), of: after["p"]))
        #expect(DeliveryState.isRepeat(skip, of: after["p"]))
    }
}
