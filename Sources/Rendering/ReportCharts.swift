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

    /// Coverage day by day from the first report to election day, the forecast dashed (ProgressChart).
    public static func progress(_ report: BoardReport, words: SheetWords, on canvas: Canvas, in frame: PaperRect) {
        ProgressChart(report: report, words: words, frame: frame).draw(on: canvas)
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
