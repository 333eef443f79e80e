import Foundation
import TestSupport
import Testing

@testable import UtdelningKit

/// Every kind of bad input is refused with one line and leaves the database as it was.
@Suite(.serialized)
struct BadInputTests {
    enum Action {
        case osm(String)
        case register(String)
        case boundaries(String)
    }

    static func cases() throws -> [(String, Action, ErrorKind)] {
        let pbf = try Data(contentsOf: URL(fileURLWithPath: Fixtures.neubrandenburg))
        let polygon = #"{"type":"Polygon","coordinates":[[[13,59],[14,59],[14,60],[13,59]]]}"#
        return [
            ("truncated PBF", .osm(Fixtures.file("cut.osm.pbf", bytes: pbf.prefix(pbf.count / 3))), .badInput),
            ("corrupt PBF", .osm(Fixtures.file("bad.osm.pbf", bytes: Data(repeating: 0x5A, count: 5000))), .badInput),
            ("malformed XML", .osm(Fixtures.file("bad.osm", "<osm><node id='1' lat='1' lon='1'></osm>")), .badInput),
            ("node out of range", .osm(Fixtures.file("range.osm", "<osm version='0.6'><node id='1' lat='99' lon='1'/></osm>")), .badInput),
            ("OSM XML without a version", .osm(Fixtures.file("old.osm", "<osm><node id='1' lat='1' lon='1'/></osm>")), .badInput),
            ("empty OSM file", .osm(Fixtures.file("empty.osm", "")), .badInput),
            ("missing OSM file", .osm("/nonexistent/x.osm.pbf"), .missingInput),
            ("CSV with a bad row", .register(Fixtures.file("r.csv", "lat;lon;hushåll\n55,6;13,0;2\n55,6;13,0;två\n")), .badInput),
            ("CSV coordinate out of range", .register(Fixtures.file("r.csv", "lat,lon,households\n555.6,13.0,2\n")), .badInput),
            ("empty CSV", .register(Fixtures.file("r.csv", "")), .badInput),
            ("missing CSV", .register("/nonexistent/r.csv"), .missingInput),
            ("GeoJSON of lines", .boundaries(Fixtures.file("l.geojson", #"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"namn":"X"},"geometry":{"type":"LineString","coordinates":[[13,59],[14,59]]}}]}"#)), .badInput),
            ("GeoJSON out of range", .boundaries(Fixtures.file("o.geojson", #"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"namn":"X"},"geometry":{"type":"Polygon","coordinates":[[[13,59],[14,99],[14,60],[13,59]]]}}]}"#)), .badInput),
            ("GeoJSON without the name", .boundaries(Fixtures.file("n.geojson", #"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":\#(polygon)}]}"#)), .badInput),
            ("empty GeoJSON", .boundaries(Fixtures.file("e.geojson", "")), .badInput),
        ]
    }

    func run(_ action: Action, on district: District) throws {
        switch action {
        case .osm(let path): _ = try district.importOSM(path: path)
        case .register(let path): _ = try district.importRegister(path: path)
        case .boundaries(let path): _ = try district.importBoundaries(path: path, nameProperty: "namn")
        }
    }

    @Test func eachBadInputLeavesTheDatabaseUnchanged() throws {
        let district = District(databasePath: Fixtures.scratch().appendingPathComponent("d.sqlite").path, config: try DistrictConfig.starter)
        _ = try district.importOSM(path: Fixtures.malmo)
        _ = try district.importBoundaries(path: Fixtures.file("b.geojson", ImportTests.malmoBoundaries), nameProperty: "namn")
        let before = try contentDump(district.databasePath)
        for (name, action, kind) in try Self.cases() {
            do {
                try run(action, on: district)
                Issue.record("\(name) was accepted")
            } catch {
                let user = UserError(error)
                #expect(user.kind == kind, "\(name): \(user.message)")
                #expect(!user.message.contains("\n"), "\(name): one line")
                #expect(user.message.hasPrefix("/"), "\(name) names the file: \(user.message)")
            }
            #expect(try contentDump(district.databasePath) == before, "\(name) changed the database")
        }
    }

    @Test func aBadFirstImportCreatesNoDatabase() throws {
        let path = Fixtures.scratch().appendingPathComponent("new.sqlite").path
        let district = District(databasePath: path, config: try DistrictConfig.starter)
        #expect(throws: (any Error).self) { try district.importOSM(path: "/nonexistent/x.osm.pbf") }
        #expect(!FileManager.default.fileExists(atPath: path))
    }
}
