import Foundation
import Geometry

/// An OSM map under construction: nodes and ways with tags, written as OSM XML.
struct SyntheticMap {
    struct Way {
        let id: Int64
        let nodes: [Int64]
        let tags: [(String, String)]
    }

    private(set) var nodes: [(id: Int64, coordinate: Coordinate, tags: [(String, String)])] = []
    private(set) var ways: [Way] = []

    mutating func node(_ c: Coordinate, tags: [(String, String)] = []) -> Int64 {
        let id = Int64(nodes.count + 1)
        nodes.append((id, c, tags))
        return id
    }

    mutating func way(_ nodeIDs: [Int64], tags: [(String, String)]) {
        ways.append(Way(id: Int64(ways.count + 1), nodes: nodeIDs, tags: tags))
    }

    /// A closed way around a rectangle centred at `center`, `width` × `depth` metres.
    mutating func rectangle(center: PlanarPoint, width: Double, depth: Double, projection: LocalProjection, tags: [(String, String)]) -> [Int64] {
        let corners = [(-1.0, -1.0), (1.0, -1.0), (1.0, 1.0), (-1.0, 1.0)].map { dx, dy in
            node(projection.unproject(PlanarPoint(x: center.x + dx * width / 2, y: center.y + dy * depth / 2)))
        }
        let ring = corners + [corners[0]]
        way(ring, tags: tags)
        return corners
    }

    func writeXML(to url: URL) throws {
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: url.path])
        }
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        var buffer = "<?xml version='1.0' encoding='UTF-8'?>\n<osm version='0.6' generator='utdelning districtgen'>\n"
        func flush(_ force: Bool = false) {
            if force || buffer.utf8.count > 1 << 20 {
                handle.write(Data(buffer.utf8))
                buffer = ""
            }
        }
        for n in nodes {
            let position = String(format: "lat='%.7f' lon='%.7f'", n.coordinate.latitude, n.coordinate.longitude)
            if n.tags.isEmpty {
                buffer += "  <node id='\(n.id)' version='1' \(position)/>\n"
            } else {
                buffer += "  <node id='\(n.id)' version='1' \(position)>\n" + Self.tagLines(n.tags) + "  </node>\n"
            }
            flush()
        }
        for w in ways {
            buffer += "  <way id='\(w.id)' version='1'>\n"
            for ref in w.nodes { buffer += "    <nd ref='\(ref)'/>\n" }
            buffer += Self.tagLines(w.tags) + "  </way>\n"
            flush()
        }
        buffer += "</osm>\n"
        flush(true)
    }

    private static func tagLines(_ tags: [(String, String)]) -> String {
        tags.map { "    <tag k='\(escape($0.0))' v='\(escape($0.1))'/>\n" }.joined()
    }

    private static func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "'", with: "&apos;")
            .replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }
}
