import Foundation
import Wording

/// The board's report as a PDF (A4: figures and charts, then the district map) or as one
/// HTML file whose charts are SVG from the same drawing code, inlined (no network needed).
public struct ReportPages: Sendable {
    public let words: SheetWords

    public init(words: SheetWords) { self.words = words }

    public func writePDF(_ report: BoardReport, to path: String) throws {
        let document = try Document(path: path, format: .pdf, firstPage: .a4Portrait, title: "\(report.district) · \(words.report)")
        try document.page { canvas in drawSummary(report, on: canvas) }
        try document.page(size: StatusMapPage.size(for: report.map)) { canvas in
            StatusMapPage(words: words).draw(title: "\(report.district) · \(report.today)", scene: report.map, on: canvas)
        }
        try document.close()
    }

    private func drawSummary(_ report: BoardReport, on canvas: Canvas) {
        let m = 14.0, width = 210 - 2 * m
        canvas.text("\(report.district) · \(words.report)", x: m, y: m - 2, font: .sans(17, bold: true))
        canvas.text(report.today, x: m, y: m, font: .sans(9), width: width, alignment: .right)
        canvas.text(
            "\(BoardReport.percent(report.coverage))  (\(report.delivered.grouped) / \(report.households.grouped) \(words.households.lowercased()))",
            x: m, y: m + 9, font: .sans(13, bold: true))
        canvas.text(forecastLine(report), x: m, y: m + 16, font: .sans(9), paint: .grey(0.2), width: width)
        var y = m + 25
        canvas.text(words.coverage, x: m, y: y, font: .sans(10, bold: true))
        let barsHeight = min(8, 100 / Double(max(1, report.associations.count))) * Double(report.associations.count)
        ReportCharts.coverageBars(report, on: canvas, in: PaperRect(x: m, y: y + 6, width: width, height: barsHeight))
        y += barsHeight + 12
        canvas.text(words.progress, x: m, y: y, font: .sans(10, bold: true))
        ReportCharts.progress(report, words: words, on: canvas, in: PaperRect(x: m, y: y + 7, width: width, height: 60))
        y += 75
        canvas.text(words.behind, x: m, y: y, font: .sans(10, bold: true))
        canvas.text(behindLines(report), x: m, y: y + 6, font: .sans(8.5), width: width / 2 - 4)
        canvas.text(
            words.printRun.replacingOccurrences(of: "{spare}", with: words.decimal(report.sparePercent, digits: 0)), x: m + width / 2, y: y,
            font: .sans(10, bold: true), width: width / 2)
        canvas.text(printRunLines(report), x: m + width / 2, y: y + 6, font: .sans(8.5), width: width / 2)
    }

    /// "I nuvarande takt klart 2030-09-02. Valdagen: 2030-09-08."
    public func forecastLine(_ report: BoardReport) -> String {
        guard let done = report.completeOn else { return "\(words.noPace). \(words.deadline): \(report.deadline)." }
        return "\(words.forecastDone) \(done). \(words.deadline): \(report.deadline)."
    }

    func behindLines(_ report: BoardReport) -> String {
        report.furthestBehind.map { "\($0.name): \(BoardReport.percent($0.coverage))\($0.contact.isEmpty ? "" : " – \($0.contact)")" }
            .joined(separator: "\n")
    }

    func printRunLines(_ report: BoardReport) -> String {
        (report.associations.map { "\($0.name): \($0.papers.grouped)" } + ["\(words.total): \(report.papers.grouped)"]).joined(separator: "\n")
    }

    /// HTML with the figures as text and tables, the charts and the map as inline SVG.
    public func writeHTML(_ report: BoardReport, to path: String, scratchDirectory: String) throws {
        func svg(_ name: String, size: PaperSize, _ draw: (Canvas) -> Void) throws -> String {
            try Self.svg(name, size: size, scratchDirectory: scratchDirectory, draw)
        }
        let bars = try svg("bars.svg", size: PaperSize(width: 182, height: 8 * Double(max(1, report.associations.count)) + 2)) { canvas in
            ReportCharts.coverageBars(report, on: canvas, in: PaperRect(x: 0, y: 1, width: 182, height: 8 * Double(report.associations.count)))
        }
        let progress = try progressSVG(report, scratchDirectory: scratchDirectory)
        let map = try svg("map.svg", size: StatusMapPage.size(for: report.map)) { canvas in
            StatusMapPage(words: words).draw(title: "\(report.district) · \(report.today)", scene: report.map, on: canvas)
        }
        func escape(_ s: String) -> String { s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;") }
        let rows = report.associations.map {
            "<tr><td>\(escape($0.name))</td><td>\($0.households.grouped)</td><td>\($0.delivered.grouped)</td><td>\(BoardReport.percent($0.coverage))</td><td>\(escape($0.contact))</td><td>\($0.papers.grouped)</td></tr>"
        }.joined(separator: "\n")
        let html = """
            <!DOCTYPE html>
            <html lang="\(words.language.rawValue)"><head><meta charset="utf-8"><title>\(escape(report.district)) · \(words.report)</title>
            <style>body{font-family:"DejaVu Sans",sans-serif;max-width:60em;margin:2em auto}td,th{padding:.2em .6em;text-align:right}td:first-child,th:first-child{text-align:left}svg{max-width:100%;height:auto}</style>
            </head><body>
            <h1>\(escape(report.district)) · \(words.report) \(report.today)</h1>
            <p><strong>\(BoardReport.percent(report.coverage))</strong> (\(report.delivered.grouped) / \(report.households.grouped))</p>
            <p>\(escape(forecastLine(report)))</p>
            <h2>\(words.coverage)</h2>
            \(bars)
            <table><tr><th>\(words.name)</th><th>\(words.households)</th><th>\(words.deliveredWord)</th><th>%</th><th>\(words.contactWord)</th><th>\(words.papers)</th></tr>
            \(rows)
            </table>
            <h2>\(words.progress)</h2>
            \(progress)
            <h2>\(words.behind)</h2>
            <p>\(escape(behindLines(report)).replacingOccurrences(of: "\n", with: "<br>"))</p>
            <h2>\(escape(words.printRun.replacingOccurrences(of: "{spare}", with: words.decimal(report.sparePercent, digits: 0))))</h2>
            <p>\(escape(printRunLines(report)).replacingOccurrences(of: "\n", with: "<br>"))</p>
            \(map)
            </body></html>

            """
        try html.write(toFile: path, atomically: true, encoding: .utf8)
    }

    /// The progress chart as the HTML report inlines it (182 mm wide); the board's live page
    /// shows the same, narrower on a phone so that its labels stay legible.
    public func progressSVG(_ report: BoardReport, widthMillimetres width: Double = 182, scratchDirectory: String) throws -> String {
        try Self.svg("progress.svg", size: PaperSize(width: width, height: 70), scratchDirectory: scratchDirectory) { canvas in
            ReportCharts.progress(report, words: words, on: canvas, in: PaperRect(x: 0, y: 4, width: width, height: 62))
        }
    }

    /// One chart drawn by cairo to an SVG file in the scratch directory, read back for inlining.
    private static func svg(_ name: String, size: PaperSize, scratchDirectory: String, _ draw: (Canvas) -> Void) throws -> String {
        let file = (scratchDirectory as NSString).appendingPathComponent(name)
        let document = try Document(path: file, format: .svg, firstPage: size)
        try document.page { canvas in draw(canvas) }
        try document.close()
        defer { try? FileManager.default.removeItem(atPath: file) }
        // The file's name (bars, progress, map) keeps its ids apart from the other charts'.
        return InlineSVG.inline(try String(contentsOfFile: file, encoding: .utf8), prefix: (name as NSString).deletingPathExtension + "-")
    }
}
