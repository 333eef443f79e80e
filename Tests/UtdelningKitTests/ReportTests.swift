import Foundation
import Rendering
import TestSupport
import Testing

@testable import UtdelningKit

/// The board's report on a planned Malmö with some deliveries: it renders, and its figures are coverage's.
@Suite(.serialized)
struct ReportTests {
    @Test func thePDFAndHTMLReportsCarryTheCoverageFigures() throws {
        let district = District(databasePath: Fixtures.scratch().appendingPathComponent("d.sqlite").path, config: try DistrictConfig.starter)
        _ = try district.importOSM(path: Fixtures.malmo)
        let plan = try district.plan(targetMinutes: 30)
        for area in plan.areas.prefix(5) { _ = try district.deliver(area: area.id, stops: .all, outcome: .delivered, by: "Anna") }
        let directory = Fixtures.scratch()
        let pdf = directory.appendingPathComponent("r.pdf").path
        let coverage = try district.writeReport(to: pdf)
        #expect(coverage == (try district.coverage()))
        #expect(coverage.delivered == plan.areas.prefix(5).reduce(0) { $0 + $1.households })
        let text = try SheetsTests.text(pdf)
        #expect(text.contains(BoardReport.percent(coverage.coverage)))
        #expect(text.contains("(\(coverage.delivered) / \(coverage.households) hushåll)"))
        for association in coverage.associations { #expect(text.contains("\(association.name): \(BoardReport.percent(association.coverage))")) }
        #expect(text.contains("Totalt: \(try district.printRun().papers)"))
        let html = directory.appendingPathComponent("r.html").path
        _ = try district.writeReport(to: html)
        let page = try String(contentsOfFile: html, encoding: .utf8)
        #expect(page.contains("<strong>\(BoardReport.percent(coverage.coverage))</strong>"))
        #expect(page.components(separatedBy: "<svg").count - 1 == 3, "bars, progress and map, inline")
        #expect(!page.contains("http://") || page.contains("http://www.w3.org"), "no network needed")
        #expect(throws: (any Error).self) { try district.writeReport(to: directory.appendingPathComponent("r.docx").path) }
    }
}
