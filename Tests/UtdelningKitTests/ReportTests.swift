import Foundation
import Rendering
import TestSupport
import Testing

@testable import UtdelningKit

/// The board's report on a planned Malmö with some deliveries: it renders, and its figures are coverage's.
@Suite(.serialized)
struct ReportTests {
    /// Malmö planned in 30-minute areas, the first five delivered.
    func deliveredMalmo() throws -> (District, AreasReport) {
        let district = District(databasePath: Fixtures.scratch().appendingPathComponent("d.sqlite").path, config: try DistrictConfig.starter)
        _ = try district.importOSM(path: Fixtures.malmo)
        let plan = try district.plan(targetMinutes: 30)
        for area in plan.areas.prefix(5) { _ = try district.deliver(area: area.id, stops: .all, outcome: .delivered, by: "Anna") }
        return (district, plan)
    }

    @Test func thePDFAndHTMLReportsCarryTheCoverageFigures() throws {
        let (district, plan) = try deliveredMalmo()
        let directory = Fixtures.scratch()
        let pdf = directory.appendingPathComponent("r.pdf").path
        let coverage = try district.writeReport(to: pdf)
        #expect(coverage == (try district.coverage()))
        #expect(coverage.delivered == plan.areas.prefix(5).reduce(0) { $0 + $1.households })
        let text = try SheetsTests.text(pdf)
        #expect(text.contains(BoardReport.percent(coverage.coverage)))
        #expect(text.contains("(\(SheetsTests.printed(coverage.delivered)) / \(SheetsTests.printed(coverage.households)) hushåll)"))
        for association in coverage.associations { #expect(text.contains("\(association.name): \(BoardReport.percent(association.coverage))")) }
        #expect(text.contains("Totalt: \(SheetsTests.printed(try district.printRun().papers))"))
        let html = directory.appendingPathComponent("r.html").path
        _ = try district.writeReport(to: html)
        let page = try String(contentsOfFile: html, encoding: .utf8)
        #expect(page.contains("<strong>\(BoardReport.percent(coverage.coverage))</strong>"))
        #expect(page.components(separatedBy: "<svg").count - 1 == 3, "bars, progress and map, inline")
        #expect(!page.contains("http://") || page.contains("http://www.w3.org"), "no network needed")
        #expect(throws: (any Error).self) { try district.writeReport(to: directory.appendingPathComponent("r.docx").path) }
    }

    /// Cairo names the glyphs and clips of every SVG alike; inline in one page, the first
    /// chart's `glyph0-1` would stand for every chart's, and the labels would spell nonsense.
    @Test func everyChartInTheHTMLReportKeepsItsOwnGlyphsAndClips() throws {
        let (district, _) = try deliveredMalmo()
        let html = Fixtures.scratch().appendingPathComponent("r.html").path
        _ = try district.writeReport(to: html)
        let svgs = SVGIds.svgs(in: try String(contentsOfFile: html, encoding: .utf8))
        #expect(svgs.count == 3)
        var everyID: [String] = []
        for (index, svg) in svgs.enumerated() {
            let ids = try #require(SVGIds.of(svg), "chart \(index + 1) is well-formed XML")
            #expect(!ids.referenced.isEmpty, "chart \(index + 1) draws its text from glyphs it defines")
            let dangling = Set(ids.referenced).subtracting(ids.defined)
            #expect(dangling.isEmpty, "chart \(index + 1) refers to ids it does not define: \(dangling.sorted().prefix(5))")
            everyID += ids.defined
        }
        let twice = Dictionary(grouping: everyID, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
        #expect(twice.isEmpty, "ids defined more than once in the page: \(twice.prefix(5))")
    }
}
