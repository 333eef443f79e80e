import Foundation
import Geometry
import TestSupport
import Testing

@testable import Households

struct BoundaryFileTests {
    static func feature(_ name: String, _ geometry: String) -> String {
        #"{"type":"Feature","properties":{"kommun":"\#(name)"},"geometry":\#(geometry)}"#
    }
    static func collection(_ features: String...) -> String {
        #"{"type":"FeatureCollection","features":[\#(features.joined(separator: ","))]}"#
    }
    static let square = #"{"type":"Polygon","coordinates":[[[13,59],[14,59],[14,60],[13,60],[13,59]]]}"#

    @Test func realVarmlandMunicipalities() throws {
        let boundaries = try BoundaryFile.read(path: Fixtures.shared("boundaries/varmland-kommuner.geojson"), nameProperty: "kommun")
        #expect(boundaries.count == 16)
        #expect(boundaries.map(\.name).contains("Karlstad"))
        #expect(boundaries.map(\.name).contains("Säffle"))
    }

    @Test func featuresWithTheSameNameAreOneAssociation() throws {
        let text = Self.collection(Self.feature("Kil", Self.square), Self.feature("Kil", Self.square))
        let boundaries = try BoundaryFile.parse(data: Data(text.utf8), path: "x.geojson", nameProperty: "kommun")
        #expect(boundaries.count == 1)
        #expect(boundaries.first?.shape.polygons.count == 2)
    }

    @Test(arguments: [
        (collection(feature("Kil", #"{"type":"LineString","coordinates":[[13,59],[14,59]]}"#)), "feature 0 ('Kil')", "LineString is not a Polygon"),
        (collection(feature("Kil", #"{"type":"Polygon","coordinates":[[[13,59],[194,59],[14,60],[13,59]]]}"#)), "feature 0 ('Kil')", "out of range"),
        // A ring that does not end where it began (GEOS named no file or feature: issue 17).
        (collection(feature("Kil", square), feature("Arvika", #"{"type":"Polygon","coordinates":[[[13,59],[14,59],[14,60],[13,60],[13.5,59]]]}"#)), "feature 1 ('Arvika')", "ring 1 is not closed"),
        (collection(feature("Kil", square), #"{"type":"Feature","properties":{"namn":"X"},"geometry":\#(square)}"#), "feature 1", "no property 'kommun'"),
        (#"{"type":"Polygon","coordinates":[]}"#, "", "expected a FeatureCollection"),
        ("{\"type\": \"FeatureCollection\",\n \"features\": [ oops ]}", "line 2", "not valid JSON"),
        ("", "", "the file is empty"),
        // A terminal's escape in an association's name (hostile.py, issue 17): refused, not echoed.
        (collection(feature("Kil", square), feature("Ar\\u001b[31mvika", square)), "feature 1", "the name holds a control character (U+001B)"),
    ])
    func badGeoJSONNamesTheFeature(text: String, position: String, message: String) throws {
        let error = try #require(throws: InputFileError.self) {
            try BoundaryFile.parse(data: Data(text.utf8), path: "bad.geojson", nameProperty: "kommun")
        }
        #expect(error.position.hasPrefix(position))
        #expect(error.message.contains(message))
    }
}
