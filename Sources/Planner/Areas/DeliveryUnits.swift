import Geometry
import Households
import Routing
import Vocabulary

/// The pieces areas are cut from: the delivery points on one street segment, with
/// every entrance of a building kept on the segment of its first entrance. Units
/// are adjacent where their segments meet, or are joined by streets without
/// delivery points no longer than `bridgeMeters`.
public struct DeliveryUnits: Sendable {
    public struct Unit: Sendable {
        public var segment: Int
        public var pointKeys: [PointKey]
        public var papers: Int
        /// Service time at its points plus walking its segment once.
        public var seconds: Double
        /// Time at its doors alone.
        public var serviceSeconds: Double
        public var center: PlanarPoint
    }

    public let units: [Unit]
    /// Neighbours of each unit, ascending.
    public let adjacency: [[Int]]
    /// Neighbours whose segment's middle lies across a barrier line from this unit's.
    public let acrossBarrier: [[Int]]

    /// The units as the cutter sees them on foot.
    public var walkingGraph: CutGraph {
        CutGraph(
            seconds: units.map(\.seconds), papers: units.map(\.papers), centers: units.map(\.center), adjacency: adjacency,
            borderLinks: acrossBarrier)
    }

    /// - Parameters:
    ///   - snaps: point key → its snap on `graph`.
    ///   - barriers: main roads, railways and rivers, in `projection`'s plane.
    public init(
        points: [(point: DeliveryPoint, households: Int)], snaps: [PointKey: Snap], graph: StreetGraph, profile: WalkingProfile,
        rules: PlanningRules, projection: LocalProjection, barriers: CrossingIndex = CrossingIndex(lines: [])
    ) {
        // A building's entrances go where its first entrance (by key) goes.
        var segmentOfBuilding: [String: Int] = [:]
        for (point, _) in points.sorted(by: { $0.point.key < $1.point.key }) {
            guard let building = point.buildingKey, segmentOfBuilding[building] == nil, let snap = snaps[point.key] else { continue }
            segmentOfBuilding[building] = snap.segment
        }
        var bySegment: [Int: [(point: DeliveryPoint, households: Int)]] = [:]
        for entry in points {
            guard let snap = snaps[entry.point.key] else { continue }
            let segment = entry.point.buildingKey.flatMap { segmentOfBuilding[$0] } ?? snap.segment
            bySegment[segment, default: []].append(entry)
        }
        var units: [Unit] = []
        var unitsOfSegment: [Int: [Int]] = [:]
        for segment in bySegment.keys.sorted() {
            let s = graph.segments[segment]
            let a = projection.project(graph.coordinate(of: s.from))
            let b = projection.project(graph.coordinate(of: s.to))
            // A segment with more papers than one person carries is split into runs
            // that fit (a single entrance over the cap stands alone).
            var runs: [[(point: DeliveryPoint, households: Int)]] = [[]]
            for member in (bySegment[segment] ?? []).sorted(by: { $0.point.key < $1.point.key }) {
                let carried = runs[runs.count - 1].reduce(0) { $0 + $1.households }
                if !runs[runs.count - 1].isEmpty && carried + member.households > rules.maxPapers { runs.append([]) }
                runs[runs.count - 1].append(member)
            }
            for run in runs {
                // The segment is walked once, by whichever run's area covers it first.
                let walk = run.first?.point.key == bySegment[segment]?.min(by: { $0.point.key < $1.point.key })?.point.key
                    ? s.meters / profile.walkingSpeedMetersPerSecond : 0
                let service = run.reduce(0.0) { $0 + rules.serviceSeconds(households: $1.households) }
                unitsOfSegment[segment, default: []].append(units.count)
                units.append(Unit(
                    segment: segment, pointKeys: run.map(\.point.key), papers: run.reduce(0) { $0 + $1.households },
                    seconds: walk + service, serviceSeconds: service, center: PlanarPoint(x: (a.x + b.x) / 2, y: (a.y + b.y) / 2)))
            }
        }
        self.units = units
        let adjacency = Self.adjacency(units: units, unitsOfSegment: unitsOfSegment, graph: graph, bridgeMeters: rules.bridgeMeters)
        self.adjacency = adjacency
        acrossBarrier = adjacency.enumerated().map { u, neighbours in
            neighbours.filter { barriers.crosses(units[u].center, units[$0].center) }
        }
    }

    /// From each unit's two ends, a walk over empty segments up to `bridgeMeters`;
    /// every unit whose segment it touches is a neighbour.
    private static func adjacency(units: [Unit], unitsOfSegment: [Int: [Int]], graph: StreetGraph, bridgeMeters: Double) -> [[Int]] {
        return units.enumerated().map { index, unit in
            let own = graph.segments[unit.segment]
            var best: [StreetGraph.Node: Double] = [own.from: 0, own.to: 0]
            var frontier: [(node: StreetGraph.Node, meters: Double)] = [(own.from, 0), (own.to, 0)]
            // Runs of one segment touch each other.
            var neighbours = Set(unitsOfSegment[unit.segment] ?? []).subtracting([index])
            while let (node, meters) = frontier.popLast() {
                guard meters <= best[node] ?? .infinity else { continue }
                for edge in graph.edges(of: node) {
                    let s = graph.segment(ofEdge: edge)
                    let segment = graph.segments[s]
                    if let others = unitsOfSegment[s] {
                        neighbours.formUnion(others.filter { $0 != index })
                        continue
                    }
                    let next = segment.from == node ? segment.to : segment.from
                    let reach = meters + segment.meters
                    if reach <= bridgeMeters && reach < best[next] ?? .infinity {
                        best[next] = reach
                        frontier.append((next, reach))
                    }
                }
            }
            return neighbours.sorted()
        }
    }
}
