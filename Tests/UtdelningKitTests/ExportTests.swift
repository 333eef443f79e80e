import Foundation
import TestSupport
import Testing

@testable import UtdelningKit

/// Exports of a planned Malmö, read back by GDAL.
@Suite(.serialized)
struct ExportTests {
    func planned() throws -> (District, AreasReport) {
        let district = District(databasePath: Fixtures.scratch().appendingPathComponent("d.sqlite").path, config: try DistrictConfig.starter)
        _ = try district.importOSM(path: Fixtures.malmo)
        return (district, try district.plan(targetMinutes: 30))
    }

    @Test func geoJSONOpensInGDALWithEveryPointAreaAndRoute() throws {
        let (district, report) = try planned()
        let path = Fixtures.scratch().appendingPathComponent("plan.geojson").path
        let written = try district.exportGeoJSON(to: path)
        let ogrinfo = try #require(Fixtures.tool("ogrinfo"), "gdal-bin is installed by scripts/install-deps")
        let info = try Fixtures.run(ogrinfo, ["-ro", "-al", "-so", path])
        #expect(info.code == 0, "\(info.err)")
        let routes = report.areas.filter { $0.deliveryPoints > 1 }.count
        #expect(info.out.contains("Feature Count: \(written.points + report.areas.count + routes)"))
        for field in ["id: String", "areaId: Integer", "households: Integer", "address: String", "minutes: Real", "meters: Integer"] {
            #expect(info.out.contains(field), "field \(field)")
        }
        // The same plan gives the same file.
        let again = Fixtures.scratch().appendingPathComponent("again.geojson").path
        _ = try district.exportGeoJSON(to: again)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data(contentsOf: URL(fileURLWithPath: again)))
    }

    /// XML 1.0 holds no control character but tab and line breaks, not even as a reference.
    @Test func xmlTextHoldsNoControlCharacterThatXMLForbids() {
        #expect(XMLText.escape("Neu\u{1B}[31mtor <b>\t&\"") == "Neu\u{FFFD}[31mtor &lt;b&gt;\t&amp;&quot;")
    }

    @Test func gpxHasTheAreasStopsInWalkingOrderAndItsRouteAlongTheStreets() throws {
        let (district, report) = try planned()
        let area = try #require(report.areas.max { $0.deliveryPoints < $1.deliveryPoints })
        let path = Fixtures.scratch().appendingPathComponent("area.gpx").path
        try district.exportGPX(area: area.id, to: path)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains(#"<gpx version="1.1""#))
        // The stops are the waypoints; the track runs along the streets between them.
        #expect(text.components(separatedBy: "<wpt ").count - 1 == area.deliveryPoints)
        #expect(text.components(separatedBy: "<trkpt ").count - 1 > area.deliveryPoints)
        #expect(text.contains("<name>1. "))
        #expect(throws: (any Error).self) { try district.exportGPX(area: 999_999, to: path) }
    }
}
