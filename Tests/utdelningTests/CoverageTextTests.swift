import Planner
import Testing

@testable import utdelning
import UtdelningKit

/// Coverage as the terminal and spreadsheets show it, on a small hand-made district.
struct CoverageTextTests {
    /// Kil: one area of 1,200 households (a block of 1,000 and one of 200), half reported:
    /// the big block on 2030-08-14, the small one skipped as locked on 2030-08-16.
    var coverage: Coverage {
        Coverage(
            points: [Coverage.Point(key: "big", association: "Kil", households: 1000), Coverage.Point(key: "small", association: "Kil", households: 200)],
            areas: [Coverage.Area(id: 7, association: "Kil", route: ["big", "small"], assigned: true)],
            records: [
                DeliveryRecord(pointKey: "big", outcome: .delivered, reason: nil, households: 1000, reportedAt: "2030-08-14T18:00:00Z", reporter: "Anna"),
                DeliveryRecord(pointKey: "small", outcome: .skipped, reason: .locked, households: 200, reportedAt: "2030-08-16T18:00:00Z", reporter: "Anna"),
            ],
            contacts: ["Kil": "Anna"], deadline: "2030-09-08", today: "2030-08-16")
    }

    @Test func countsAreGroupedAndOneAreaIsSingular() {
        let text = CoverageText.text(coverage)
        #expect(text.contains("district: 1\u{00A0}000 of 1\u{00A0}200 households reached (83.3 %), 200 skipped"))
        // A locked door: every door reported, not every household reached, so not done.
        #expect(text.contains("Kil: 83.3 % (1\u{00A0}000/1\u{00A0}200), 0 of 1 area done"))
        #expect(!text.contains("2030-08-14:"), "the days are listed only when asked for")
    }

    @Test func sinceListsTheDaysFromThatDay() {
        var c = coverage
        c.daily = c.daily.filter { $0.date >= "2030-08-15" }
        #expect(CoverageText.text(c, since: "2030-08-15").contains("nothing delivered since 2030-08-15"))
        var earlier = coverage
        earlier.daily = earlier.daily.filter { $0.date >= "2030-08-01" }
        let text = CoverageText.text(earlier, since: "2030-08-01")
        #expect(text.contains("delivered by the end of each day since 2030-08-01:\n  2030-08-14: 1\u{00A0}000 households (83.3 %)"))
    }

    /// `coverage --by association` leaves the areas out, `--by area` keeps them.
    @Test func byAreaTheSpreadsheetHasARowPerArea() {
        var byAssociation = coverage
        byAssociation.areas = []
        #expect(CoverageCSV.document(byAssociation) == "\u{FEFF}förening;hushåll;utdelat;hoppat över;täckning;områden;klara;kontakt\r\n"
            + "Kil;1200;1000;200;0,8333;1;0;Anna\r\nDistriktet;1200;1000;200;0,8333;;;\r\n")
        #expect(CoverageCSV.document(coverage) == "\u{FEFF}område;förening;hushåll;utdelat;hoppat över;täckning;status\r\n"
            + "7;Kil;1200;1000;200;0,8333;klart med hinder\r\n;Distriktet;1200;1000;200;0,8333;\r\n")
    }
}
