import Foundation
import Planner
import Store
import TestSupport
import Testing
import Wording

@testable import UtdelningKit
import Vocabulary

/// Route sheets of a planned Malmö (169 addresses), read back with poppler's pdftotext and pdftoppm.
@Suite(.serialized)
struct SheetsTests {
    struct Planned {
        let district: District
        let report: AreasReport
        let sheets: SheetsReport
        let directory: URL
    }

    static func planned(reportBaseURL: String = "") throws -> Planned {
        var config = try DistrictConfig.starter
        config.sheets.reportBaseURL = reportBaseURL
        let directory = Fixtures.scratch()
        let district = District(databasePath: directory.appendingPathComponent("d.sqlite").path, config: config)
        _ = try district.importOSM(path: Fixtures.malmo)
        let report = try district.plan(targetMinutes: 30)
        let sheets = try district.writeSheets(to: directory.appendingPathComponent("sheets").path)
        return Planned(district: district, report: report, sheets: sheets, directory: directory)
    }

    static func text(_ pdf: String, layout: Bool = true) throws -> String {
        let pdftotext = try #require(Fixtures.tool("pdftotext"), "poppler-utils is installed by scripts/install-deps")
        let result = try Fixtures.run(pdftotext, (layout ? ["-layout"] : []) + [pdf, "-"])
        #expect(result.code == 0, "\(result.err)")
        return result.out
    }

    /// A count as pdftotext gives it back: grouped in thousands, the no-break space read as a space.
    static func printed(_ count: Int) -> String { count.grouped.replacingOccurrences(of: "\u{00A0}", with: " ") }

    /// A count read back from pdftotext, "6 676" → 6676.
    static func count(_ text: Substring) -> Int? { Int(text.filter(\.isNumber)) }

    /// The sheet pages of each area, by the "Område N" / "sida k av n" in their footers.
    static func pagesByArea(_ text: String) -> [AreaID: [String]] {
        var pages: [AreaID: [String]] = [:]
        for page in text.components(separatedBy: "\u{0C}") {
            guard let match = page.firstMatch(of: /Område (\d+) · version \d+\n[^\n]*sida \d+ av \d+/), let id = Int64(match.1).map(AreaID.init) else { continue }
            pages[id, default: []].append(page)
        }
        return pages
    }

    @Test func everyDeliveryPointIsInItsAreasTableInRouteOrderAndThePapersAddUp() throws {
        let planned = try Self.planned()
        let file = try #require(planned.sheets.files.first)
        #expect(planned.sheets.files.count == 1)
        let text = try Self.text(file.path)
        let pages = Self.pagesByArea(text)
        let (areas, points) = try planned.district.existingStore().read { tx in (try tx.areas(), try tx.points()) }
        let byKey = Dictionary(uniqueKeysWithValues: points.map { ($0.point.key, $0) })
        #expect(pages.count == areas.count)
        var swedishAddresses = 0
        for area in areas {
            let sheet = try #require(pages[area.id], "area \(area.id) has no sheet").joined(separator: "\n")
            var rest = Substring(sheet)
            var papers = 0
            for (number, key) in area.route.enumerated() {
                let stop = try #require(byKey[key])
                // "12   Stora Nygatan 5   3" on one line: number, address, papers.
                let row = try #require(
                    rest.firstMatch(of: try Regex("\\n\\s*\(number + 1)\\s+\(NSRegularExpression.escapedPattern(for: stop.point.address.line))\\s+(\\d+)")),
                    "area \(area.id): stop \(number + 1) \(stop.point.address.line) missing or out of order")
                papers += Int(row.output[1].substring ?? "") ?? 0
                rest = rest[row.range.upperBound...]
                if stop.point.address.line.contains(where: { "åäöÅÄÖé".contains($0) }) { swedishAddresses += 1 }
            }
            #expect(papers == area.households, "area \(area.id)")
        }
        #expect(swedishAddresses > 0, "the extract has streets with å, ä or ö; they must come out exactly")
    }

    @Test func theCoverTotalIsThePrintRun() throws {
        let planned = try Self.planned()
        let file = try #require(planned.sheets.files.first)
        let cover = try Self.text(file.path).components(separatedBy: "\u{0C}").prefix { !$0.contains("Översikt") }.joined()
        let exact = try planned.district.printRun(sparePercent: 0)
        let withSpare = try planned.district.printRun()
        let association = try #require(withSpare.associations.first { $0.name == file.association })
        let total = try #require(cover.firstMatch(of: /Totalt\s+(\d{1,3}(?: \d{3})*)\s+(\d{1,3}(?: \d{3})*)/))
        #expect(Self.count(total.2) == exact.associations.first { $0.name == file.association }?.papers)
        #expect(Self.count(total.2) == planned.report.summary.households)
        let order = try #require(cover.firstMatch(of: /Att beställa, med 5 % reserv: (\d{1,3}(?: \d{3})*)/))
        #expect(Self.count(order.1) == association.papers)
        #expect(association.papers == PrintRun.papers(for: association.households, spare: 0.05))
    }

    @Test func theMapOnASheetIsDrawnAndTheQRCodeIsThereWithABaseURL() throws {
        let planned = try Self.planned(reportBaseURL: "https://example.org/rapport/")
        let area = try #require(planned.report.areas.max { $0.deliveryPoints < $1.deliveryPoints })
        let single = try planned.district.writeSheets(to: planned.directory.appendingPathComponent("one").path, area: area.id)
        let path = try #require(single.files.first?.path)
        #expect(try Self.text(path).contains("https://example.org/rapport/areas/\(area.id)"))
        let pdftoppm = try #require(Fixtures.tool("pdftoppm"))
        let prefix = planned.directory.appendingPathComponent("page").path
        let raster = try Fixtures.run(pdftoppm, ["-gray", "-r", "40", "-f", "1", "-l", "1", path, prefix])
        #expect(raster.code == 0, "\(raster.err)")
        let image = try Greymap(path: prefix + "-1.pgm")
        // The map: 12 mm from the left, about 43 to 171 mm from the top.
        let map = image.region(xMillimeters: 14...196, yMillimeters: 45...170)
        let dark = map.filter { $0 < 128 }.count
        let light = map.filter { $0 > 200 }.count
        #expect(Double(dark) / Double(map.count) > 0.01, "streets, route and stops are dark")
        #expect(Double(light) / Double(map.count) > 0.2, "and the map is not a black box")
        // The QR code in the footer: about half its modules dark.
        let code = image.region(xMillimeters: 13...25, yMillimeters: 272...284)
        #expect(Double(code.filter { $0 < 128 }.count) / Double(code.count) > 0.25)
    }

    @Test func anUnknownAreaOrAssociationIsAClearError() throws {
        let planned = try Self.planned()
        #expect(throws: (any Error).self) { try planned.district.writeSheets(to: planned.directory.path, area: 999_999) }
        #expect(throws: (any Error).self) { try planned.district.writeSheets(to: planned.directory.path, association: "Atlantis") }
    }
}

/// A binary PGM (P5) as pdftoppm -gray writes it.
struct Greymap {
    let width: Int
    let height: Int
    let pixels: [UInt8]
    let dotsPerMillimeter: Double

    init(path: String, dotsPerInch: Double = 40) throws {
        let data = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        // Header: "P5\n<width> <height>\n<max>\n", then one byte per pixel.
        var fields: [String] = []
        var i = 0
        while fields.count < 4 {
            while i < data.count, data[i] == 0x20 || data[i] == 0x0A { i += 1 }
            var field = ""
            while i < data.count, data[i] != 0x20, data[i] != 0x0A {
                field.append(Character(UnicodeScalar(data[i])))
                i += 1
            }
            fields.append(field)
        }
        width = Int(fields[1]) ?? 0
        height = Int(fields[2]) ?? 0
        pixels = Array(data[(i + 1)...])
        dotsPerMillimeter = dotsPerInch / 25.4
    }

    func region(xMillimeters: ClosedRange<Double>, yMillimeters: ClosedRange<Double>) -> [UInt8] {
        var values: [UInt8] = []
        for y in Int(yMillimeters.lowerBound * dotsPerMillimeter)..<min(height, Int(yMillimeters.upperBound * dotsPerMillimeter)) {
            for x in Int(xMillimeters.lowerBound * dotsPerMillimeter)..<min(width, Int(xMillimeters.upperBound * dotsPerMillimeter)) {
                values.append(pixels[y * width + x])
            }
        }
        return values
    }
}
