import Foundation
import Wording
import Vocabulary

/// Draws an area's sheet on A4 pages: header, map, streets and the first rows on page one;
/// the table continues on as many pages as it needs. Every page names the area and its page.
public struct AreaSheetPages: Sendable {
    public let words: SheetWords
    public let renderer: MapRenderer

    public init(words: SheetWords) {
        self.words = words
        renderer = MapRenderer(sheetWords: words)
    }

    static let margin = 12.0
    static let rowHeight = 5.2
    static let footerTop = 297.0 - 12 - 15
    static let continuationTableTop = 24.0
    static let contentWidth = 210.0 - 2 * margin

    /// Rows on a page after the first.
    static let rowsPerContinuationPage = Int((footerTop - 2 - continuationTableTop - rowHeight) / rowHeight)

    public func draw(_ sheet: AreaSheet, into document: Document) throws {
        var firstRows = 0
        var pageCount = 1
        try document.page(size: .a4Portrait) { canvas in
            let tableTop = drawFirstPageTop(sheet, canvas)
            firstRows = min(sheet.rows.count, max(0, Int((Self.footerTop - 2 - tableTop - Self.rowHeight) / Self.rowHeight)))
            let rest = sheet.rows.count - firstRows
            pageCount = 1 + (rest + Self.rowsPerContinuationPage - 1) / Self.rowsPerContinuationPage
            drawTable(sheet.rows[0..<firstRows], firstNumber: 1, top: tableTop, canvas)
            drawFooter(sheet, page: 1, of: pageCount, canvas)
        }
        var next = firstRows
        for page in stride(from: 2, through: pageCount, by: 1) {
            let rows = sheet.rows[next..<min(sheet.rows.count, next + Self.rowsPerContinuationPage)]
            try document.page(size: .a4Portrait) { canvas in
                let title = "\(words.area) \(sheet.areaID) · \(sheet.name) (\(words.continued))"
                canvas.text(title, x: Self.margin, y: Self.margin, font: .sans(11, bold: true), width: 130, oneLine: true)
                // Right of the title, cut with an ellipsis: a long name never runs over it (issue 17).
                canvas.text(
                    "\(sheet.district) · \(sheet.association)", x: Self.margin + 132, y: Self.margin, font: .sans(8), width: Self.contentWidth - 132,
                    alignment: .right, oneLine: true)
                drawTable(rows, firstNumber: next + 1, top: Self.continuationTableTop, canvas)
                drawFooter(sheet, page: page, of: pageCount, canvas)
            }
            next += rows.count
        }
    }

    /// Header, map and street summary; returns where the table starts.
    private func drawFirstPageTop(_ sheet: AreaSheet, _ canvas: Canvas) -> Double {
        let m = Self.margin, width = Self.contentWidth
        canvas.text("\(words.area) \(sheet.areaID)", x: m, y: m - 1, font: .sans(16, bold: true))
        canvas.text("\(words.version) \(sheet.version)", x: m, y: m + 5.6, font: .sans(7), paint: .grey(0.3))
        let idWidth = canvas.measure("\(words.area) \(sheet.areaID)", font: .sans(16, bold: true)).width
        canvas.text(sheet.name, x: m + idWidth + 3, y: m + 1.2, font: .sans(11), width: 120 - idWidth, oneLine: true)
        // In the header's right part only, cut with an ellipsis: a long district or association
        // name ran over the area's name (issue 17).
        canvas.text("\(sheet.district) · \(sheet.association)", x: m + 120, y: m, font: .sans(9), width: width - 120, alignment: .right, oneLine: true)
        canvas.text("\(words.volunteer): \(sheet.volunteer ?? "")", x: m + 120, y: m + 5.5, font: .sans(9, bold: true), width: width - 120, oneLine: true)
        if sheet.volunteer == nil { canvas.stroke(line: [(m + 140, m + 9.5), (m + width, m + 9.5)], .grey(0.4), width: 0.2) }

        // Facts in labelled cells.
        let facts: [(String, String)] = [
            (words.households, sheet.households.grouped), (words.papers, sheet.papers.grouped),
            (words.minutes, words.aboutMinutes(sheet.time)), (words.distance, "\(words.kilometers(sheet.length)) \(sheet.modeWords)"),
            (words.start, sheet.start),
        ]
        let cellWidths = [20.0, 20, 24, 36, width - 100]
        var x = m
        let top = m + 12
        for ((label, value), cellWidth) in zip(facts, cellWidths) {
            canvas.stroke(PaperRect(x: x, y: top, width: cellWidth, height: 10), .grey(0.5), width: 0.2)
            canvas.text(label, x: x + 1.2, y: top + 0.6, font: .sans(6.5), paint: .grey(0.3))
            canvas.text(value, x: x + 1.2, y: top + 3.9, font: .sans(9.5, bold: true), width: cellWidth - 2.4, oneLine: true)
            x += cellWidth
        }
        // Dates to write in by hand.
        let dateTop = top + 12
        for (index, label) in [words.handedOut, words.returned].enumerated() {
            let left = m + Double(index) * 70
            canvas.text("\(label):", x: left, y: dateTop, font: .sans(8))
            let labelWidth = canvas.measure("\(label):", font: .sans(8)).width
            canvas.stroke(PaperRect(x: left + labelWidth + 2, y: dateTop - 0.6, width: 38, height: 5), .grey(0.4), width: 0.2)
        }

        let mapFrame = PaperRect(x: m, y: dateTop + 7, width: width, height: 128)
        renderer.draw(sheet.map, on: canvas, in: mapFrame)

        let summaryTop = mapFrame.maxY + 2.5
        let summary = "\(words.streets): " + sheet.streetSummary.joined(separator: " · ")
        let height = canvas.text(summary, x: m, y: summaryTop, font: .sans(8), width: width).height
        return summaryTop + height + 2.5
    }

    private static let columns: [(x: Double, width: Double)] = [(0, 9), (9, 86), (95, 13), (108, 68), (176, 10)]

    private func drawTable(_ rows: ArraySlice<AreaSheet.Row>, firstNumber: Int, top: Double, _ canvas: Canvas) {
        let m = Self.margin, h = Self.rowHeight
        let headers = [words.number, words.address, words.papersShort, words.notes, words.done]
        canvas.fill(PaperRect(x: m, y: top, width: Self.contentWidth, height: h), .grey(0.2))
        for ((column, header), index) in zip(zip(Self.columns, headers), headers.indices) {
            canvas.text(
                header, x: m + column.x + 1, y: top + 1.1, font: .sans(7.5, bold: true), paint: .white, width: column.width - 2,
                alignment: index == 2 ? .right : .left, oneLine: true)
        }
        for (offset, row) in rows.enumerated() {
            let y = top + h * Double(offset + 1)
            if offset % 2 == 1 { canvas.fill(PaperRect(x: m, y: y, width: Self.contentWidth, height: h), .grey(0.93)) }
            let cells = ["\(firstNumber + offset)", row.address, row.papers.grouped, row.note]
            for (index, (column, cell)) in zip(Self.columns, cells).enumerated() {
                canvas.text(
                    cell, x: m + column.x + 1, y: y + 1.1, font: index == 1 ? .sans(8, bold: true) : .sans(8), width: column.width - 2,
                    alignment: index == 2 ? .right : .left, oneLine: true)
            }
            let box = Self.columns[4]
            let square = PaperRect(x: m + box.x + 3, y: y + 0.9, width: 3.4, height: 3.4)
            switch row.state {
            case .open: canvas.stroke(square, .black, width: 0.25)
            case .delivered:
                canvas.stroke(square, .black, width: 0.25)
                canvas.stroke(
                    line: [(square.x + 0.6, square.y + 1.8), (square.x + 1.4, square.y + 2.8), (square.x + 2.9, square.y + 0.5)], .black, width: 0.5)
            case .closed: canvas.stroke(line: [(m + 9, y + h / 2), (m + 95, y + h / 2)], .grey(0.35), width: 0.2)
            }
            canvas.stroke(line: [(m, y + h), (m + Self.contentWidth, y + h)], .grey(0.75), width: 0.15)
        }
    }

    private func drawFooter(_ sheet: AreaSheet, page: Int, of count: Int, _ canvas: Canvas) {
        let m = Self.margin, top = Self.footerTop
        canvas.stroke(line: [(m, top), (m + Self.contentWidth, top)], .grey(0.5), width: 0.2)
        var textLeft = m
        if let url = sheet.reportURL, let code = QRCode(url) {
            canvas.draw(code, in: PaperRect(x: m, y: top + 1, width: 14, height: 14))
            textLeft += 16
        }
        var how = words.reportHow
        // The address on a line of its own, so it never breaks inside.
        if let url = sheet.reportURL { how += "\n\(words.reportAt) \(url)" }
        canvas.text(how, x: textLeft, y: top + 2, font: .sans(7), paint: .grey(0.15), width: m + Self.contentWidth - 44 - textLeft)
        canvas.text(
            "\(words.area) \(sheet.areaID) · \(words.version) \(sheet.version)\n\(words.pageOf(page, count))", x: m + Self.contentWidth - 40, y: top + 2,
            font: .sans(8, bold: true), width: 40, alignment: .right)
    }
}
