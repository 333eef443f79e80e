import TestSupport
import Testing

@testable import Households

/// `building:flats` as a fuzzed OSM file wrote it: 9223372036854775807 flats overflowed the
/// households' sums in the import's refresh (exit 132; fuzz.py seed 6, OSM XML case 8653).
struct BuildingFlatsTests {
    private func flats(_ value: String) throws -> Int? {
        let xml = """
            <osm version='0.6'>
             <node id='1' lat='53.5550' lon='13.2600'/><node id='2' lat='53.5550' lon='13.2620'/>
             <node id='3' lat='53.5560' lon='13.2620'/><node id='4' lat='53.5560' lon='13.2600'/>
             <way id='10'><nd ref='1'/><nd ref='2'/><nd ref='3'/><nd ref='4'/><nd ref='1'/>
              <tag k='building' v='apartments'/><tag k='building:flats' v='\(value)'/></way>
            </osm>
            """
        let extract = try OSMExtract.read(path: Fixtures.file("flats.osm", xml))
        return try #require(extract.buildings.first).flats
    }

    @Test(arguments: [("12", 12), (" 7 ", 7), ("0", 0), ("100000", 100_000)])
    func aNumberOfFlatsIsKept(text: String, expected: Int) throws {
        #expect(try flats(text) == expected)
    }

    @Test(arguments: ["9223372036854775807", "100001", "-1", "99999999999999999999999999", "3-5", "many"])
    func moreFlatsThanABuildingHasAreNoNumber(text: String) throws {
        #expect(try flats(text) == nil)
    }
}
