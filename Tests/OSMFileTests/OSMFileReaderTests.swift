import Foundation
import TestSupport
import Testing

@testable import OSMFile

/// What the reader hands a handler, object by object, copied out for checking after the read.
final class Recorder: OSMHandler {
    var nodes: [(id: Int64, latitude: Double, longitude: Double, tags: [String: String])] = []
    var ways: [(id: Int64, nodeIDs: [Int64], tags: [String: String])] = []
    var relations: [(id: Int64, members: [OSMMember], tags: [String: String])] = []
    /// Stops the read by throwing at this object count.
    var stopAt: Int?

    struct Stop: Error {}

    private func count() throws {
        if let stopAt, nodes.count + ways.count + relations.count >= stopAt { throw Stop() }
    }

    static func all(_ tags: OSMTags) -> [String: String] {
        Dictionary(tags.pairs(withPrefixes: [""]).map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
    }

    func node(_ node: OSMNode) throws {
        nodes.append((node.id, node.latitude, node.longitude, Self.all(node.tags)))
        try count()
    }

    func way(_ way: OSMWay) throws {
        ways.append((way.id, Array(way.nodeIDs), Self.all(way.tags)))
        try count()
    }

    func relation(_ relation: OSMRelation) throws {
        relations.append((relation.id, relation.members, Self.all(relation.tags)))
        try count()
    }
}

/// The reader on well-formed files, in file order, with everything a handler may ask for.
struct OSMFileReaderTests {
    static let xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <osm version="0.6" generator="hand">
          <node id="1" lat="53.5561234" lon="13.2567890">
            <tag k="addr:street" v="Turmstraße"/>
            <tag k="addr:housenumber" v="7a"/>
          </node>
          <node id="2" lat="-33.9" lon="-151.2"/>
          <way id="10"><nd ref="1"/><nd ref="2"/><nd ref="1"/><tag k="building" v="yes"/></way>
          <relation id="20">
            <member type="way" ref="10" role="outer"/>
            <member type="node" ref="2" role=""/>
            <tag k="type" v="multipolygon"/>
          </relation>
        </osm>
        """

    @Test func xmlObjectsArriveInFileOrderWithTagsRefsAndMembers() throws {
        let recorder = Recorder()
        try OSMFileReader.read(path: Fixtures.file("hand.osm", Self.xml), into: recorder)
        #expect(recorder.nodes.map(\.id) == [1, 2])
        #expect(recorder.nodes[0].latitude == 53.5561234 && recorder.nodes[0].longitude == 13.256789)
        #expect(recorder.nodes[1].latitude == -33.9 && recorder.nodes[1].longitude == -151.2)
        #expect(recorder.nodes[0].tags == ["addr:street": "Turmstraße", "addr:housenumber": "7a"])
        #expect(recorder.nodes[1].tags.isEmpty)
        #expect(recorder.ways.map(\.id) == [10] && recorder.ways[0].nodeIDs == [1, 2, 1])
        #expect(recorder.ways[0].tags == ["building": "yes"])
        #expect(recorder.relations.map(\.id) == [20])
        #expect(recorder.relations[0].members == [OSMMember(type: .way, id: 10, role: "outer"), OSMMember(type: .node, id: 2, role: "")])
    }

    /// Counts from `osmium fileinfo -e Tests/Fixtures/neubrandenburg-west.osm.pbf`.
    @Test func pbfGivesEveryObjectOsmiumCounts() throws {
        let recorder = Recorder()
        try OSMFileReader.read(path: Fixtures.neubrandenburgWest, into: recorder)
        #expect(recorder.nodes.count == 4_419)
        #expect(recorder.ways.count == 755)
        #expect(recorder.relations.count == 39)
        #expect(recorder.ways.allSatisfy { !$0.nodeIDs.isEmpty })
        #expect(recorder.nodes.allSatisfy { (53...54).contains($0.latitude) && (13...14).contains($0.longitude) })
    }

    @Test func progressComesEveryHundredThousandObjects() throws {
        var seen: [Int] = []
        try OSMFileReader.read(path: Fixtures.neubrandenburg, into: Recorder()) { seen.append($0) }
        #expect(seen == [100_000])
    }

    @Test func aHandlerThatThrowsStopsTheReadWithItsOwnError() throws {
        let recorder = Recorder()
        recorder.stopAt = 5
        #expect(throws: Recorder.Stop.self) { try OSMFileReader.read(path: Fixtures.neubrandenburgWest, into: recorder) }
        #expect(recorder.nodes.count == 5)
    }
}
