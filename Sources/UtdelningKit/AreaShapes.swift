import Foundation
import Geometry
import Planner
import Households
import Routing
import Store

/// Each area's line and outline as maps and GeoJSON draw them: walks follow the streets
/// from door to door, bike and car rounds join their stops straight; the outline is the
/// ground within `outlineMeters` of the line.
struct AreaShapes {
    static let outlineMeters = 30.0

    let lines: [Int64: [Coordinate]]
    /// Empty unless asked for: buffering a walk that passes its streets twice is GEOS's slowest case.
    let outlines: [Int64: MultiPolygonShape]
    /// Stops of walks with no walkable street within reach (joined by a straight link).
    let unsnapped: Set<String>

    /// Computed on every core: a walk's line is a shortest path per leg.
    init(areas: [StoredArea], position: [String: Coordinate], ways: [MapWay], walking: WalkingProfile, outlines withOutlines: Bool) throws {
        let graph = StreetGraph.build(ways: ways.map { WayInput(coordinates: $0.coordinates, tags: $0.tags) }, profile: walking)
        let index = SnapIndex(graph: graph)
        let slots = ConcurrentSlots<Result<([Coordinate], MultiPolygonShape, [String]), Error>>(count: areas.count)
        let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            let geos: GEOSContext
            do { geos = try GEOSContext() } catch {
                for i in stride(from: worker, to: areas.count, by: workers) { slots.set(i, .failure(error)) }
                return
            }
            for i in stride(from: worker, to: areas.count, by: workers) {
                let area = areas[i]
                let stops = area.route.compactMap { key in position[key].map { (key, $0) } }
                var line = stops.map(\.1)
                var unsnapped: [String] = []
                if area.mode == .walk && graph.nodeCount > 0 {
                    let snapped = stops.compactMap { stop in
                        let snap = index.snap(stop.1, maxMeters: walking.snapMaxMeters)
                        if snap == nil { unsnapped.append(stop.0) }
                        return snap.map { (stop.1, $0) }
                    }
                    line = StreetWalk(graph: graph, stops: snapped).coordinates
                }
                slots.set(i, Result { (line, withOutlines ? try geos.corridor(line, meters: Self.outlineMeters) : MultiPolygonShape(polygons: []), unsnapped) })
            }
        }
        var lines: [Int64: [Coordinate]] = [:]
        var outlines: [Int64: MultiPolygonShape] = [:]
        var unsnapped = Set<String>()
        for (area, slot) in zip(areas, slots.values) {
            guard let (line, outline, away) = try slot?.get() else { continue }
            lines[area.id] = line
            outlines[area.id] = outline
            unsnapped.formUnion(away)
        }
        self.unsnapped = unsnapped
        self.lines = lines
        self.outlines = outlines
    }
}
