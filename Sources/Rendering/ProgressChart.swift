import Foundation

/// Coverage day by day on a time axis from the first report to election day, so the weeks
/// that matter fill the width: the progress solid, the forecast at the current pace dashed
/// on to 100 % and cut off at election day when it comes too late.
struct ProgressChart {
    struct Label: Equatable {
        var text: String
        var font: Font
        var paint: Paint
        var box: PaperRect
    }

    let report: BoardReport
    let words: SheetWords
    let frame: PaperRect
    /// Inside the axes: the left gutter holds the percentages, the strip below the dates.
    let plot: PaperRect
    /// The ends of the time axis: the first report (today before there is one) and election day.
    let start: String
    let end: String

    init(report: BoardReport, words: SheetWords, frame: PaperRect) {
        self.report = report
        self.words = words
        self.frame = frame
        plot = PaperRect(x: frame.x + 12, y: frame.y + 2, width: frame.width - 16, height: frame.height - 10)
        start = report.series.first?.date ?? report.today
        end = max(report.deadline, start)
    }

    func x(_ date: String) -> Double {
        plot.x + plot.width * Double(ReportCharts.days(from: start, to: date)) / Double(max(1, ReportCharts.days(from: start, to: end)))
    }

    func y(_ coverage: Double) -> Double { plot.maxY - plot.height * coverage }

    /// From the last report to the day 100 % is reached; when that is after election day, only
    /// the part up to it, ending at the coverage the pace gives on election day.
    var forecast: [(x: Double, y: Double)] {
        guard let last = report.series.last, let complete = report.completeOn, complete > last.date else { return [] }
        let from = (x: x(last.date), y: y(last.coverage))
        let to = (x: x(complete), y: y(1))
        guard to.x > plot.maxX else { return [from, to] }
        guard from.x < plot.maxX else { return [] }
        return [from, (plot.maxX, from.y + (to.y - from.y) * (plot.maxX - from.x) / (to.x - from.x))]
    }

    /// The percentages up the left, the first day under the start of the axis and election day
    /// under its end; the first day gives way when the two would touch.
    func labels(size: (String, Font) -> (width: Double, height: Double)) -> [Label] {
        let small = Font.sans(7), grey = Paint.grey(0.3)
        var labels = (0...4).map { tick in
            let text = "\(tick * 25) %"
            let (width, height) = size(text, small)
            let box = PaperRect(x: plot.x - 1.5 - width, y: y(Double(tick) / 4) - height / 2, width: width, height: height)
            return Label(text: text, font: small, paint: grey, box: box)
        }
        let deadlineText = "\(words.deadline) \(end)", deadlineFont = Font.sans(7, bold: true)
        let deadlineSize = size(deadlineText, deadlineFont)
        let deadline = Label(
            text: deadlineText, font: deadlineFont, paint: .black,
            box: PaperRect(x: plot.maxX - deadlineSize.width, y: plot.maxY + 1.5, width: deadlineSize.width, height: deadlineSize.height))
        let startSize = size(start, small)
        let first = Label(text: start, font: small, paint: grey, box: PaperRect(x: plot.x, y: plot.maxY + 1.5, width: startSize.width, height: startSize.height))
        if first.box.maxX + 2 < deadline.box.x { labels.append(first) }
        labels.append(deadline)
        return labels
    }

    func draw(on canvas: Canvas) {
        for tick in 0...4 {
            canvas.stroke(line: [(plot.x, y(Double(tick) / 4)), (plot.maxX, y(Double(tick) / 4))], .grey(0.85), width: 0.15)
        }
        canvas.stroke(line: [(plot.x, plot.y), (plot.x, plot.maxY), (plot.maxX, plot.maxY)], .black, width: 0.25)
        canvas.stroke(line: [(plot.maxX, plot.y), (plot.maxX, plot.maxY)], .black, width: 0.4, dash: [1.5, 1])
        // Reports after election day would run off the axis; the clip keeps line ends round at the start.
        canvas.clipped(to: PaperRect(x: plot.x - 1, y: plot.y - 1, width: plot.width + 1, height: plot.height + 2)) {
            let points = report.series.map { (x: x($0.date), y: y($0.coverage)) }
            if points.count == 1, let only = points.first { canvas.circle(x: only.x, y: only.y, radius: 0.8, fill: .black, outline: nil) }
            canvas.stroke(line: points, .black, width: 0.6)
        }
        canvas.stroke(line: forecast, .grey(0.4), width: 0.5, dash: [1.2, 0.9])
        for label in labels(size: { canvas.measure($0, font: $1) }) {
            canvas.text(label.text, x: label.box.x, y: label.box.y, font: label.font, paint: label.paint)
        }
    }
}
