import Geometry
import OSMFile

/// An SCB urban area (tätort): where people live, and how many.
public struct Locality: Sendable, Hashable {
    public var name: String
    public var position: Coordinate
    public var population: Int
}

/// Reads `places/tatorter.osm` (OSM XML nodes with `name` and `population`).
public enum LocalityFile {
    public static func read(path: String) throws -> [Locality] {
        final class Collector: OSMHandler {
            var localities: [Locality] = []
            func node(_ node: OSMNode) throws {
                guard let name = node.tags.value("name"), let population = node.tags.value("population").flatMap({ Int($0) }) else { return }
                localities.append(Locality(name: name, position: Coordinate(latitude: node.latitude, longitude: node.longitude), population: population))
            }
            func way(_ way: OSMWay) throws {}
            func relation(_ relation: OSMRelation) throws {}
        }
        let collector = Collector()
        try OSMFileReader.read(path: path, into: collector)
        return collector.localities.sorted { ($0.name, $0.population) < ($1.name, $1.population) }
    }
}
