import Foundation

/// The report's charts, drawn on any canvas: PDF pages and the SVGs the HTML report embeds.
public enum ReportCharts {
    /// One bar per association, 0–100 %, with the percentage and the contact person.
    public static func coverageBars(_ report: BoardReport, on canvas: Canvas, in frame: PaperRect) {
        let rows = report.associations
        guard !rows.isEmpty else { return }
        let rowHeight = min(8, frame.height / Double(rows.count))
        let nameWidth = 38.0, labelWidth = 62.0
        let barWidth = frame.width - nameWidth - labelWidth
        for (index, row) in rows.enumerated() {
            let y = frame.y + Double(index) * rowHeight
            canvas.text(row.name, x: frame.x, y: y + rowHeight * 0.2, font: .sans(8), width: nameWidth - 2, oneLine: true)
            let track = PaperRect(x: frame.x + nameWidth, y: y + rowHeight * 0.2, width: barWidth, height: rowHeight * 0.6)
            canvas.fill(track, .grey(0.9))
            canvas.fill(PaperRect(x: track.x, y: track.y, width: barWidth * min(1, max(0, row.coverage)), height: track.height), .grey(0.3))
            canvas.stroke(track, .grey(0.5), width: 0.15)
            let label = "\(BoardReport.percent(row.coverage))  \(row.contact)"
            canvas.text(label, x: track.maxX + 2, y: y + rowHeight * 0.2, font: .sans(8), width: labelWidth - 2, oneLine: true)
        }
        // Quarter lines over the bars.
        for quarter in 1...3 {
            let x = frame.x + nameWidth + barWidth * Double(quarter) / 4
            canvas.stroke(line: [(x, frame.y), (x, frame.y + rowHeight * Double(rows.count))], .white, width: 0.2, dash: [0.8, 0.8])
        }
    }

    /// Coverage day by day up to the deadline, the forecast dashed, the deadline marked.
    public static func progress(_ report: BoardReport, words: SheetWords, on canvas: Canvas, in frame: PaperRect) {
        let plot = PaperRect(x: frame.x + 12, y: frame.y + 2, width: frame.width - 16, height: frame.height - 10)
        let first = report.series.first?.date ?? report.today
        let last = max(report.deadline, report.completeOn ?? report.deadline, report.today)
        let span = max(1, days(from: first, to: last))
        func x(_ date: String) -> Double { plot.x + plot.width * Double(days(from: first, to: date)) / Double(span) }
        func y(_ coverage: Double) -> Double { plot.maxY - plot.height * coverage }
        for tick in 0...4 {
            let fraction = Double(tick) / 4
            canvas.stroke(line: [(plot.x, y(fraction)), (plot.maxX, y(fraction))], .grey(0.85), width: 0.15)
            canvas.text("\(tick * 25) %", x: frame.x, y: y(fraction) - 1.5, font: .sans(7), paint: .grey(0.3))
        }
        canvas.stroke(line: [(plot.x, plot.y), (plot.x, plot.maxY), (plot.maxX, plot.maxY)], .black, width: 0.25)
        let deadlineX = x(report.deadline)
        canvas.stroke(line: [(deadlineX, plot.y), (deadlineX, plot.maxY)], .black, width: 0.4, dash: [1.5, 1])
        canvas.text("\(words.deadline) \(report.deadline)", x: deadlineX - 40, y: plot.y - 0.5, font: .sans(7, bold: true), width: 39, alignment: .right)
        let points = report.series.map { (x: x($0.date), y: y($0.coverage)) }
        if points.count == 1, let only = points.first {
            canvas.circle(x: only.x, y: only.y, radius: 0.8, fill: .black, outline: nil)
        }
        canvas.stroke(line: points, .black, width: 0.6)
        if let end = report.series.last, let complete = report.completeOn {
            canvas.stroke(line: [(x(end.date), y(end.coverage)), (x(complete), y(1))], .grey(0.4), width: 0.5, dash: [1.2, 0.9])
        }
        canvas.text(first, x: plot.x, y: plot.maxY + 1.5, font: .sans(7), paint: .grey(0.3))
        canvas.text(last, x: plot.maxX - 30, y: plot.maxY + 1.5, font: .sans(7), paint: .grey(0.3), width: 30, alignment: .right)
    }

    static func days(from a: String, to b: String) -> Int {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        guard let start = formatter.date(from: a), let end = formatter.date(from: b) else { return 0 }
        return Int((end.timeIntervalSince(start) / 86_400).rounded())
    }
}
