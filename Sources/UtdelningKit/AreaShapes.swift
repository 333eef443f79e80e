import Foundation
import Geometry
import Planner
import Households
import Routing
import Store
import Vocabulary

/// Each area's line and outline as maps, GeoJSON and GPX draw them: walks and bike and car
/// rounds alike follow the streets from door to door on the walking graph, the graph the
/// planner timed them on (rounds at their own speed), so the line drawn is the way timed;
/// the outline is the ground within `outlineMeters` of the line.
struct AreaShapes {
    static let outlineMeters = 30.0

    let lines: [AreaID: [Coordinate]]
    /// Empty unless asked for: buffering a walk that passes its streets twice is GEOS's slowest case.
    let outlines: [AreaID: MultiPolygonShape]
    /// Stops the line reaches with no street on the map: there is no street graph, or the leg
    /// to the stop finds no path, its streets not meeting those of the stop before (an island
    /// in the data, a farm track mapped apart), and is drawn straight, as it was timed.
    let offStreet: Set<PointKey>

    /// Computed on every core: a route's line is a shortest path per leg.
    init(areas: [StoredArea], position: [PointKey: Coordinate], ways: [MapWay], walking: WalkingProfile, outlines withOutlines: Bool) throws {
        let graph = StreetGraph.walkable(ways, profile: walking)
        let index = SnapIndex(graph: graph)
        let slots = ConcurrentSlots<Result<([Coordinate], MultiPolygonShape, [PointKey]), Error>>(count: areas.count)
        let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            let geos: GEOSContext
            do { geos = try GEOSContext() } catch {
                for i in stride(from: worker, to: areas.count, by: workers) { slots.set(i, .failure(error)) }
                return
            }
            // Search arrays of the street graph's size, once per worker rather than per walk.
            var workspace = ShortestPaths.Workspace(nodeCount: graph.nodeCount)
            for i in stride(from: worker, to: areas.count, by: workers) {
                let area = areas[i]
                let stops = area.route.compactMap { key in position[key].map { (key, $0) } }
                var line = stops.map(\.1)
                var offStreet: [PointKey] = []
                if graph.nodeCount > 0 {
                    let snapped = stops.compactMap { stop in
                        let snap = index.snap(stop.1, maxMeters: walking.snapMaxMeters)
                        if snap == nil { offStreet.append(stop.0) }
                        return snap.map { (key: stop.0, door: stop.1, snap: $0) }
                    }
                    let walk = StreetWalk(graph: graph, stops: snapped.map { ($0.door, $0.snap) }, limit: Self.legLimit(area), workspace: &workspace)
                    line = walk.coordinates
                    offStreet += walk.straightLegs.map { snapped[$0 + 1].key }
                }
                slots.set(i, Result { (line, withOutlines ? try geos.corridor(line, meters: Self.outlineMeters) : MultiPolygonShape(polygons: []), offStreet) })
            }
        }
        var lines: [AreaID: [Coordinate]] = [:]
        var outlines: [AreaID: MultiPolygonShape] = [:]
        var offStreet = Set<PointKey>()
        for (area, slot) in zip(areas, slots.values) {
            guard let (line, outline, away) = try slot?.get() else { continue }
            lines[area.id] = line
            outlines[area.id] = outline
            offStreet.formUnion(away)
        }
        self.offStreet = offStreet
        self.lines = lines
        self.outlines = outlines
    }

    /// How far a leg's streets are searched: a round's legs, timed on the roads, run to
    /// tens of kilometres, none longer than the whole round.
    static func legLimit(_ area: StoredArea) -> Double {
        area.mode == .walk ? StreetWalk.walkingLimit : max(StreetWalk.walkingLimit, area.length.value)
    }
}
