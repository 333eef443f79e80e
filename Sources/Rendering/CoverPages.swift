import Foundation
import Wording
import Vocabulary

/// The association's first pages: every area with its papers, so bundles can be counted,
/// the total and the print run; then an overview map with every area outlined and labelled.
public struct AssociationCover: Sendable {
    public struct Entry: Sendable, Equatable {
        public var areaID: AreaID
        public var name: String
        public var volunteer: String?
        public var points: Int
        public var papers: Int
        public var time: Minutes
        public var modeWords: String

        public init(areaID: AreaID, name: String, volunteer: String?, points: Int, papers: Int, time: Minutes, modeWords: String) {
            self.areaID = areaID
            self.name = name
            self.volunteer = volunteer
            self.points = points
            self.papers = papers
            self.time = time
            self.modeWords = modeWords
        }
    }

    public var district: String
    public var association: String
    public var entries: [Entry]
    public var sparePercent: Double
    /// Papers to order for the association, spare included (the print run's figure).
    public var printRunPapers: Int
    public var overview: MapScene

    public var papers: Int { entries.reduce(0) { $0 + $1.papers } }

    public init(district: String, association: String, entries: [Entry], sparePercent: Double, printRunPapers: Int, overview: MapScene) {
        self.district = district
        self.association = association
        self.entries = entries
        self.sparePercent = sparePercent
        self.printRunPapers = printRunPapers
        self.overview = overview
    }
}

public struct CoverPages: Sendable {
    public let words: SheetWords
    let renderer: MapRenderer

    public init(words: SheetWords) {
        self.words = words
        renderer = MapRenderer(sheetWords: words)
    }

    static let margin = 12.0
    static let rowHeight = 5.0
    static let columns: [(x: Double, width: Double, right: Bool)] = [(0, 16, false), (16, 74, false), (90, 40, false), (130, 18, true), (148, 18, true), (166, 20, true)]

    public func draw(_ cover: AssociationCover, into document: Document) throws {
        let m = Self.margin
        let firstTop = 34.0, laterTop = 22.0, bottom = 297.0 - 30
        let perFirst = Int((bottom - firstTop) / Self.rowHeight) - 1
        let perLater = Int((bottom - laterTop) / Self.rowHeight) - 1
        var pages: [ArraySlice<AssociationCover.Entry>] = [cover.entries.prefix(perFirst)]
        var next = perFirst
        while next < cover.entries.count {
            pages.append(cover.entries[next..<min(cover.entries.count, next + perLater)])
            next += perLater
        }
        let pageCount = pages.count + 1
        for (index, entries) in pages.enumerated() {
            try document.page(size: .a4Portrait) { canvas in
                let title = "\(cover.association) · \(words.cover)"
                canvas.text(title, x: m, y: m - 1, font: .sans(index == 0 ? 18 : 12, bold: true), width: 140, oneLine: true)
                // Right of the title, one line cut with an ellipsis: a long name never runs over it.
                canvas.text(cover.district, x: m + 142, y: m, font: .sans(9), width: 44, alignment: .right, oneLine: true)
                if index == 0 {
                    let line = "\(words.count(areas: cover.entries.count)) · \(words.count(papers: cover.papers))"
                    canvas.text(line, x: m, y: m + 9, font: .sans(10))
                }
                var y = index == 0 ? firstTop : laterTop
                drawRow([words.area, words.name, words.volunteer, words.points, words.papers, words.minutes], y: y, header: true, canvas)
                for (offset, entry) in entries.enumerated() {
                    y += Self.rowHeight
                    if offset % 2 == 1 { canvas.fill(PaperRect(x: m, y: y, width: 186, height: Self.rowHeight), .grey(0.93)) }
                    drawRow([
                        "\(entry.areaID)", entry.name, entry.volunteer ?? "", entry.points.grouped, entry.papers.grouped,
                        "\(Int(entry.time.value.rounded())) \(entry.modeWords == words.walk ? "" : entry.modeWords)",
                    ], y: y, header: false, canvas)
                }
                if index == pages.count - 1 {
                    y += Self.rowHeight + 2
                    canvas.stroke(line: [(m, y - 1), (m + 186, y - 1)], .black, width: 0.4)
                    drawRow(["", words.total, "", cover.entries.reduce(0) { $0 + $1.points }.grouped, cover.papers.grouped, ""], y: y, header: false, bold: true, canvas)
                    let spare = words.printRun.replacingOccurrences(
                        of: "{spare}", with: words.decimal(cover.sparePercent, digits: cover.sparePercent == cover.sparePercent.rounded() ? 0 : 1))
                    canvas.text("\(spare): \(cover.printRunPapers.grouped)", x: m, y: y + Self.rowHeight + 3, font: .sans(11, bold: true))
                }
                canvas.text(words.pageOf(index + 1, pageCount), x: m, y: 297 - m - 4, font: .sans(8), width: 186, alignment: .right)
            }
        }
        try document.page(size: .a4Portrait) { canvas in
            canvas.text("\(cover.association) · \(words.overview)", x: m, y: m - 1, font: .sans(14, bold: true), width: 140, oneLine: true)
            canvas.text(cover.district, x: m + 142, y: m, font: .sans(9), width: 44, alignment: .right, oneLine: true)
            renderer.draw(cover.overview, on: canvas, in: PaperRect(x: m, y: m + 10, width: 186, height: 297 - 2 * m - 18))
            canvas.text(words.pageOf(pageCount, pageCount), x: m, y: 297 - m - 4, font: .sans(8), width: 186, alignment: .right)
        }
    }

    private func drawRow(_ cells: [String], y: Double, header: Bool, bold: Bool = false, _ canvas: Canvas) {
        if header { canvas.fill(PaperRect(x: Self.margin, y: y, width: 186, height: Self.rowHeight), .grey(0.2)) }
        for (column, cell) in zip(Self.columns, cells) {
            canvas.text(
                cell, x: Self.margin + column.x + 1, y: y + 1, font: .sans(7.5, bold: header || bold), paint: header ? .white : .black,
                width: column.width - 2, alignment: column.right ? .right : .left, oneLine: true)
        }
    }
}
