import Geometry
import Households
import Routing
import Vocabulary

/// What routing an association's areas needs: its points, their snaps on the
/// street graph, and where routes start.
struct RouteContext: Sendable {
    let association: String
    let byKey: [PointKey: (point: DeliveryPoint, households: Int)]
    let snaps: [PointKey: Snap]
    let graph: StreetGraph
    /// Each route begins at its point nearest this.
    let start: Coordinate
    /// Iterated-local-search kicks per tour. 30 are about as short as the default's
    /// hundreds on walks of this size (Benchmarks/README.md), at a fraction of the time.
    var kicks: Int? = 30
    /// Whether routes are followed street by street to measure their deadhead
    /// (the measuring routes of a cut need only their length).
    var measuresDeadhead = true
    /// Search arrays for the street graph, reused by every matrix of this association.
    let workspaces: WorkspacePool

    init(
        association: String, points: [(point: DeliveryPoint, households: Int)], graph: StreetGraph, index: SnapIndex,
        profile: WalkingProfile, start: Coordinate
    ) {
        self.association = association
        byKey = Dictionary(points.map { ($0.point.key, $0) }, uniquingKeysWith: { first, _ in first })
        var snaps: [PointKey: Snap] = [:]
        for entry in points {
            if let snap = index.snap(entry.point.coordinate, maxMeters: profile.snapMaxMeters) { snaps[entry.point.key] = snap }
        }
        self.snaps = snaps
        self.graph = graph
        self.start = start
        workspaces = WorkspacePool(nodeCount: graph.nodeCount)
    }

    func coordinate(_ key: PointKey) -> Coordinate { byKey[key]?.point.coordinate ?? start }
    func households(_ key: PointKey) -> Int { byKey[key]?.households ?? 0 }
}

extension AreaPlanner {
    /// Points in tour order from the one nearest the start, with each leg's length, on
    /// distances from `table` (it holds all of `keys`).
    func orderedTour(_ keys: [PointKey], _ c: RouteContext, in table: DistanceTable) -> (order: [PointKey], legMeters: [Double]) {
        let sorted = keys.sorted()
        let first = sorted.min { (greatCircleMeters(c.coordinate($0), c.start), $0) < (greatCircleMeters(c.coordinate($1), c.start), $1) } ?? ""
        let ordered = [first] + sorted.filter { $0 != first }
        let n = ordered.count
        let matrix = table.matrix(ordered, c)
        let order = TourSolver(kicks: c.kicks).solve(matrix: matrix, count: n, start: 0, closed: false).order
        return (order.map { ordered[$0] }, zip(order, order.dropFirst()).map { matrix[$0 * n + $1] })
    }

    /// The area of these points: its route, time and deadhead (metres walked along
    /// streets where it has no door); its balance is within or outside, which callers
    /// that know why an area is short refine.
    func route(keys: [PointKey], mode: PlannedArea.Mode, _ c: RouteContext) -> PlannedArea {
        route(keys: keys, mode: mode, c, in: DistanceTable(keys.sorted(), c))
    }

    /// The area's route on distances from `table` (it holds all of `keys`).
    func route(keys: [PointKey], mode: PlannedArea.Mode, _ c: RouteContext, in table: DistanceTable) -> PlannedArea {
        let (order, legs) = orderedTour(keys, c, in: table)
        let meters = legs.reduce(0, +)
        let households = keys.reduce(0) { $0 + c.households($1) }
        let service = keys.reduce(0.0) { $0 + rules.serviceSeconds(households: c.households($1)) }
        let deadhead = mode == .walk && c.measuresDeadhead
            ? c.workspaces.with { workspace in
                StreetWalk(graph: c.graph, stops: order.compactMap { key in c.snaps[key].map { (c.coordinate(key), $0) } }, workspace: &workspace)
                    .deadheadMeters
            } : 0
        let time = Seconds(meters / rules.speedMetersPerSecond(mode, walking: profile) + service).minutes
        return PlannedArea(
            association: c.association, route: order, households: households, mode: mode, length: Meters(meters), time: time,
            deadhead: Meters(deadhead), balance: rules.target.isWithin(time) ? .within : .outside,
            targetTime: rules.targetMinutes, maxPapers: rules.maxPapers)
    }
}
