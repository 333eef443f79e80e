import Testing

@testable import Rendering

/// The board's progress chart: its time axis runs from the first report to election day.
struct ProgressChartTests {
    func size(_ text: String, _ font: Font) -> (width: Double, height: Double) { (Double(text.count) * 1.6, 2.9) }
    let frame = PaperRect(x: 14, y: 100, width: 182, height: 60)

    func report(series: [(date: String, coverage: Double)], completeOn: String?, today: String = "2030-08-20") -> BoardReport {
        BoardReport(
            district: "Värmland", today: today, deadline: "2030-09-08", households: 1000, delivered: 100, coverage: 0.1, associations: [],
            series: series, completeOn: completeOn, sparePercent: 5, papers: 1050,
            map: MapScene(view: PlanarBox(minX: 0, minY: 0, maxX: 1, maxY: 1), streets: [], areas: []))
    }

    @Test func aSlowPaceStillLeavesTheWeeksBeforeElectionDayTheWholeWidth() {
        // A week of reports, 10 % done: at this pace 100 % comes a year after election day.
        let chart = ProgressChart(
            report: report(series: [("2030-08-14", 0.02), ("2030-08-20", 0.1)], completeOn: "2031-08-20"), words: SheetWords(.sv), frame: frame)
        #expect(chart.x("2030-08-14") == chart.plot.x)
        #expect(chart.x("2030-09-08") == chart.plot.maxX)
        // The week of reports takes a quarter of the width, not a few millimetres.
        #expect(chart.x("2030-08-20") - chart.plot.x > chart.plot.width / 5)
        // The forecast runs dashed to election day and stops there, well short of 100 %.
        let forecast = chart.forecast
        #expect(forecast.first?.x == chart.x("2030-08-20"))
        #expect(forecast.last?.x == chart.plot.maxX)
        #expect((forecast.last?.y ?? 0) > chart.y(0.2), "below 20 % on election day")
    }

    @Test func aForecastBeforeElectionDayEndsAtOneHundredPercent() {
        let chart = ProgressChart(
            report: report(series: [("2030-08-14", 0.3), ("2030-08-20", 0.6)], completeOn: "2030-08-30"), words: SheetWords(.sv), frame: frame)
        #expect(chart.forecast.last?.x == chart.x("2030-08-30"))
        #expect(chart.forecast.last?.y == chart.y(1))
    }

    @Test func noLabelCoversAnotherAndAllStayInTheFrame() {
        let cases = [
            report(series: [("2030-08-14", 0.02), ("2030-08-20", 0.1)], completeOn: "2031-08-20"),
            report(series: [("2030-09-07", 0.9)], completeOn: "2030-09-08", today: "2030-09-07"),
            report(series: [], completeOn: nil, today: "2030-09-08"),
        ]
        for report in cases {
            let labels = ProgressChart(report: report, words: SheetWords(.sv), frame: frame).labels(size: size)
            #expect(labels.contains { $0.text == "Valdagen 2030-09-08" })
            #expect(labels.contains { $0.text == "100 %" })
            for (i, a) in labels.enumerated() {
                for b in labels[(i + 1)...] { #expect(!a.box.intersects(b.box), "'\(a.text)' covers '\(b.text)'") }
                #expect(a.box.x >= frame.x && a.box.maxX <= frame.maxX && a.box.y >= frame.y && a.box.maxY <= frame.maxY, "'\(a.text)' is outside")
            }
        }
    }
}
