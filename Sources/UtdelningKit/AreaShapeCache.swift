import Geometry
import Synchronization
import Vocabulary

/// An area's drawn line, outline and surrounding streets, kept between requests: a phone
/// asks for its map again and again, and drawing it means building the street graph of the
/// whole map. An entry is found only under the same area, sheet version, route positions and
/// map imports, so a re-plan, a moved door or a new extract draws afresh.
final class AreaShapeCache: Sendable {
    struct Shapes: Sendable {
        var line: [Coordinate]
        var outline: MultiPolygonShape
        var streets: [[Coordinate]]
    }

    /// Enough for every area of a large district; past it the cache starts over.
    static let capacity = 5_000

    private let entries = Mutex<[Int: Shapes]>([:])

    func shapes(_ key: Int) -> Shapes? {
        entries.withLock { $0[key] }
    }

    func keep(_ shapes: Shapes, under key: Int) {
        entries.withLock { entries in
            if entries.count >= Self.capacity { entries.removeAll(keepingCapacity: true) }
            entries[key] = shapes
        }
    }

    /// What an area's drawing depends on, as one key for this process.
    static func key(area: AreaID, version: Int, route: [Coordinate], mapImports: String) -> Int {
        var hasher = Hasher()
        hasher.combine(area.rawValue)
        hasher.combine(version)
        hasher.combine(mapImports)
        for c in route {
            hasher.combine(c.latitude)
            hasher.combine(c.longitude)
        }
        return hasher.finalize()
    }
}
