import Foundation
import OSMFile
import TestSupport
import Testing

@testable import Households

/// Bad map files: each gives one error naming the file and where it stopped.
struct OSMFileErrorTests {
    func error(_ path: String) -> OSMFileError? {
        do {
            _ = try OSMExtract.read(path: path)
            return nil
        } catch {
            return error as? OSMFileError
        }
    }

    @Test func truncatedPBFNamesTheLastObjectRead() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: Fixtures.neubrandenburg))
        let path = Fixtures.file("truncated.osm.pbf", bytes: data.prefix(data.count / 2))
        let e = try #require(error(path))
        #expect(e.kind == .corruptPBF)
        #expect(e.description.hasPrefix(path))
        #expect(e.position.contains("after"))
    }

    @Test func garbageWithAPBFSuffixIsCorrupt() throws {
        let path = Fixtures.file("garbage.osm.pbf", bytes: Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919) }))
        #expect(error(path)?.kind == .corruptPBF)
    }

    @Test func malformedXMLNamesLineAndColumn() throws {
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <osm version="0.6">
              <node id="1" lat="59.38" lon="13.50">
                <tag k="addr:street" v="Storgatan"/>
              </nod>
            </osm>
            """
        let e = try #require(error(Fixtures.file("broken.osm", xml)))
        #expect(e.kind == .malformedXML)
        #expect(e.position.hasPrefix("line 5"))
    }

    @Test func anEmptyFileIsNamedEmpty() throws {
        #expect(error(Fixtures.file("empty.osm.pbf", ""))?.kind == .empty)
    }

    @Test func aMissingFileIsNamedMissing() {
        #expect(error("/nonexistent/area.osm.pbf")?.kind == .missing)
    }

    @Test func anUnknownSuffixIsRefused() throws {
        #expect(error(Fixtures.file("area.json", "{}"))?.kind == .unsupportedSuffix)
    }

    @Test func aCoordinateOutOfRangeNamesTheNode() throws {
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <osm version="0.6">
              <node id="42" lat="123.4" lon="13.50"/>
            </osm>
            """
        let e = try #require(error(Fixtures.file("range.osm", xml)))
        #expect(e.kind == .invalidCoordinate)
        #expect(e.position == "node 42")
    }
}
