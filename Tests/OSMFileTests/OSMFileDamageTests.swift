import Foundation
import TestSupport
import Testing

@testable import OSMFile

/// Files that made libreadosm crash (segfault): each now reads sensibly or fails with
/// one line naming the file and the last object read.
struct OSMFileDamageTests {
    func read(_ path: String) -> (Recorder, OSMFileError?) {
        let recorder = Recorder()
        do {
            try OSMFileReader.read(path: path, into: recorder)
            return (recorder, nil)
        } catch {
            return (recorder, error as? OSMFileError)
        }
    }

    @Test func aMemberWithoutRoleHasTheEmptyRole() throws {
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <osm version="0.6">
              <node id="1" lat="53.55" lon="13.25"/>
              <way id="2"><nd ref="1"/><tag k="building" v="yes"/></way>
              <relation id="3"><member type="way" ref="2"/><tag k="type" v="multipolygon"/></relation>
            </osm>
            """
        let (recorder, error) = read(Fixtures.file("no-role.osm", xml))
        #expect(error == nil)
        #expect(recorder.relations.first?.members == [OSMMember(type: .way, id: 2, role: "")])
    }

    @Test func aTagWithoutKeyOrValueIsLeftOut() throws {
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <osm version="0.6">
              <node id="1" lat="53.55" lon="13.25"><tag k="building"/><tag v="yes"/><tag k="addr:housenumber" v="3"/></node>
              <way id="2"><nd ref="1"/><tag v="house"/></way>
            </osm>
            """
        let (recorder, error) = read(Fixtures.file("no-k-v.osm", xml))
        #expect(error == nil)
        #expect(recorder.nodes.first?.tags == ["addr:housenumber": "3"])
        #expect(recorder.ways.first?.tags == [:])
    }

    /// Tests/Fixtures/altered-block.osm.pbf: its first data block inflated, one byte inside
    /// changed so that a string index points past the block's string table, deflated again.
    @Test func aPBFBlockAlteredInsideIsCorruptInOneLine() throws {
        let path = Fixtures.test("altered-block.osm.pbf")
        let (_, error) = read(path)
        let e = try #require(error)
        #expect(e.kind == .corruptPBF)
        #expect(e.description.hasPrefix(path + ": "))
        #expect(!e.description.contains("\n"))
        #expect(e.detail.contains("string id out of range"))
    }

    /// Tests/Fixtures/nul-in-tag.osm.pbf (fuzz.py seed 6, PBF case 1336: bits flipped inside a
    /// data block): a tag's string holds a NUL byte, and walking the node's tags read past
    /// libosmium's buffer (signal 11; `osmium cat` crashes on it too).
    @Test func aTagHoldingANULByteIsCorruptInOneLine() throws {
        let path = Fixtures.test("nul-in-tag.osm.pbf")
        let (_, error) = read(path)
        let e = try #require(error)
        #expect(e.kind == .corruptPBF)
        #expect(!e.description.contains("\n"))
        #expect(e.detail.contains("a tag's key or value holds a NUL byte"))
    }

    /// A PBF carries any bytes: a terminal's escape in a street would act on the screen of
    /// whoever lists the address, and a GPX of it would not be XML.
    @Test func controlCharactersInATagAreReadAsTextAlone() throws {
        let (recorder, error) = read(Fixtures.test("control-in-tag.osm.pbf"))
        #expect(error == nil)
        let tags = try #require(recorder.nodes.first?.tags)
        #expect(tags["addr:street"] == "Neu\u{FFFD}torstraße")
        #expect(tags["addr:housenumber"] == "3 0")
        #expect(tags["name"] == "A B")
    }

    @Test func aCoordinateBeyondWhatOSMCanHoldIsNamed() throws {
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <osm version="0.6">
              <node id="1" lat="53.55" lon="13.25"/>
              <node id="2" lat="999.5" lon="13.25"/>
            </osm>
            """
        let path = Fixtures.file("far.osm", xml)
        let e = try #require(read(path).1)
        #expect(e.kind == .invalidCoordinate)
        #expect(e.description.hasPrefix(path + ": line 4, column 3: coordinate out of range"))
        #expect(!e.description.contains("\n"))
    }

    /// libosmium parses XML a buffer (about 17,000 nodes) ahead of the objects it hands over, and
    /// its errors from inside an element carry no line: the element is found again and named.
    @Test func anErrorPastTheFirstBufferNamesItsLine() throws {
        let nodes = (1...50_000).map { "  <node id=\"\($0)\" lat=\"53.55\" lon=\"13.25\"/>" }.joined(separator: "\n")
        let head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<osm version=\"0.6\">\n" + nodes + "\n"
        let far = try #require(read(Fixtures.file("far-late.osm", head + "  <node id=\"50001\" lat=\"999.5\" lon=\"13.25\"/>\n</osm>\n")).1)
        #expect(far.kind == .invalidCoordinate)
        #expect(far.position == "line 50003, column 3")
        let unknown = try #require(read(Fixtures.file("unknown-late.osm", head + "  <way id=\"7\"><nd ref=\"1\"/><foo/></way>\n</osm>\n")).1)
        #expect(unknown.kind == .malformedXML)
        #expect(unknown.position == "line 50003, column 28")
        #expect(unknown.detail.contains("Unknown element in <way>: foo"))
        #expect(!unknown.description.contains("\n"))
    }

    @Test func xmlWithoutAVersionIsMalformedInOneLine() throws {
        let e = try #require(read(Fixtures.file("old.osm", "<osm><node id='1' lat='1' lon='1'/></osm>")).1)
        #expect(e.kind == .malformedXML)
        #expect(!e.description.contains("\n"))
    }

    /// Every cut of a real PBF fails with one line, never a crash.
    @Test func everyTruncationIsCorruptNeverACrash() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: Fixtures.test("altered-block.osm.pbf")))
        let original = try Data(contentsOf: URL(fileURLWithPath: Fixtures.neubrandenburgWest))
        for (name, bytes) in [("a", data), ("b", original)] {
            for cut in stride(from: 1, to: bytes.count, by: max(1, bytes.count / 40)) {
                let e = try #require(read(Fixtures.file("cut-\(name)-\(cut).osm.pbf", bytes: bytes.prefix(cut))).1, "cut at \(cut)")
                #expect(e.kind == .corruptPBF)
                #expect(!e.description.contains("\n"))
            }
        }
    }
}
