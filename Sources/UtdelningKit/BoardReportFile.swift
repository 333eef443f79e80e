import Foundation
import Households
import Planner
import Rendering

extension District {
    /// The board's report (PDF or HTML by the extension): the same figures as `coverage`.
    public func writeReport(to path: String, language: SheetWords.Language? = nil, today: Date = Date()) throws -> Coverage {
        let ext = (path as NSString).pathExtension.lowercased()
        guard ext == "pdf" || ext == "html" else { throw ArgumentError("\(path): the report is written as .pdf or .html") }
        let coverage = try self.coverage(today: today)
        let run = try printRun()
        let drawing = try PlanDrawing(store: try existingStore(), walking: config.walking)
        let report = boardReport(coverage, today: today, run: run, map: drawing.statusScene(for: drawing.areas, status: drawing.status(of:)))
        let pages = ReportPages(words: sheetWords(language))
        if ext == "pdf" {
            try pages.writePDF(report, to: path)
        } else {
            let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("utdelning-report-\(UUID().uuidString)").path
            try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(atPath: scratch) }
            try pages.writeHTML(report, to: path, scratchDirectory: scratch)
        }
        return coverage
    }

    /// The report's values from the coverage; the print run and the map where the page shows them.
    func boardReport(_ coverage: Coverage, today: Date, run: PrintRun?, map: MapScene?) -> BoardReport {
        let papers = Dictionary(uniqueKeysWithValues: (run?.associations ?? []).map { ($0.name, $0.papers) })
        return BoardReport(
            district: config.district.name, today: Self.day(today), deadline: config.district.deadline,
            households: coverage.households, delivered: coverage.delivered, coverage: coverage.coverage,
            associations: coverage.associations.map {
                .init(name: $0.name, households: $0.households, delivered: $0.delivered, coverage: $0.coverage, contact: $0.contact, papers: papers[$0.name] ?? 0)
            },
            series: coverage.daily.map { ($0.date, $0.coverage) }, completeOn: coverage.forecast.completeOn, sparePercent: config.sheets.sparePercent,
            papers: run?.papers ?? 0,
            map: map ?? MapScene(view: PlanarBox(minX: 0, minY: 0, maxX: 1, maxY: 1), streets: [], areas: []))
    }
}
