import Geometry
import Households
import Routing

/// One volunteer's walk: its points in walking order and what it takes.
public struct PlannedArea: Sendable, Equatable {
    public enum Mode: String, Sendable, Codable {
        case walk, car
    }

    public var association: String
    /// Point keys in walking order; the first is the start.
    public var route: [String]
    public var households: Int
    /// On foot, or by car for rural points too sparse to walk.
    public var mode: Mode
    /// Metres along the route (walked or driven).
    public var walkMeters: Double
    /// Walking the route plus time at each door.
    public var minutes: Double
    /// Metres walked along streets with none of the area's delivery points (estimated:
    /// the route's length beyond the length of the streets it serves).
    public var deadheadMeters: Double
}

/// Cuts one association's households into areas and gives each area a route.
public struct AreaPlanner: Sendable {
    public let rules: PlanningRules
    public let profile: WalkingProfile

    public init(rules: PlanningRules, profile: WalkingProfile) {
        self.rules = rules
        self.profile = profile
    }

    /// - Parameter points: the association's delivery points with their households; points with none are left out.
    public func plan(association: String, points: [(point: DeliveryPoint, households: Int)], graph: StreetGraph, index: SnapIndex) -> [PlannedArea] {
        let delivered = points.filter { $0.households > 0 }.sorted { $0.point.key < $1.point.key }
        guard let box = BoundingBox(delivered.map(\.point.coordinate)) else { return [] }
        let projection = LocalProjection(origin: box.center)
        var snaps: [String: Snap] = [:]
        for entry in delivered {
            if let snap = index.snap(entry.point.coordinate, maxMeters: profile.snapMaxMeters) { snaps[entry.point.key] = snap }
        }
        let units = DeliveryUnits(points: delivered, snaps: snaps, graph: graph, profile: profile, rules: rules, projection: projection)
        let cutter = AreaCutter(targetSeconds: rules.targetMinutes * 60, maxPapers: rules.maxPapers)
        let walking = units.walkingGraph
        let pieces = cutter.components(walking)
        let threshold = rules.ruralBelowShareOfTarget * rules.targetMinutes * 60
        let isRural = pieces.map { piece in piece.reduce(0.0) { $0 + walking.seconds[$1] } < threshold }
        let walkAreas = cutter.cut(walking, pieces: zip(pieces, isRural).filter { !$1 }.map(\.0))
        let rural = zip(pieces, isRural).filter { $1 }.flatMap(\.0).sorted()
        let carAreas = rural.isEmpty ? [] : cutter.cut(units.drivingGraph(of: rural, rules: rules)).map { $0.map { rural[$0] } }
        let cut = walkAreas.map { ($0, PlannedArea.Mode.walk) } + carAreas.map { ($0, PlannedArea.Mode.car) }
        let byKey = Dictionary(uniqueKeysWithValues: delivered.map { ($0.point.key, $0) })
        // The association's centre: areas start at their point nearest it.
        let centre = projection.unproject(PlanarPoint(
            x: delivered.reduce(0.0) { $0 + projection.project($1.point.coordinate).x } / Double(delivered.count),
            y: delivered.reduce(0.0) { $0 + projection.project($1.point.coordinate).y } / Double(delivered.count)))
        let paths = ShortestPaths(graph: graph)
        return cut.map { unitIndices, mode in
            let keys = unitIndices.flatMap { units.units[$0].pointKeys }.sorted()
            let start = keys.min { (greatCircleMeters(byKey[$0]?.point.coordinate ?? centre, centre), $0) < (greatCircleMeters(byKey[$1]?.point.coordinate ?? centre, centre), $1) } ?? keys[0]
            let ordered = [start] + keys.filter { $0 != start }
            let areaSnaps = ordered.compactMap { snaps[$0] }
            var matrix = paths.matrix(areaSnaps)
            let n = ordered.count
            for i in 0..<n {
                for j in 0..<n where !matrix[i * n + j].isFinite {
                    matrix[i * n + j] = 2 * greatCircleMeters(byKey[ordered[i]]?.point.coordinate ?? centre, byKey[ordered[j]]?.point.coordinate ?? centre)
                }
            }
            let tour = TourSolver().solve(matrix: matrix, count: n, start: 0, closed: false)
            let households = keys.reduce(0) { $0 + (byKey[$1]?.households ?? 0) }
            let service = keys.reduce(0.0) { $0 + rules.serviceSeconds(households: byKey[$1]?.households ?? 0) }
            let servedMeters = unitIndices.reduce(0.0) { $0 + graph.segments[units.units[$1].segment].meters }
            let speed = mode == .walk ? profile.walkingSpeedMetersPerSecond : rules.carSpeedMetersPerSecond
            return PlannedArea(
                association: association, route: tour.order.map { ordered[$0] }, households: households, mode: mode, walkMeters: tour.meters,
                minutes: (tour.meters / speed + service) / 60, deadheadMeters: max(0, tour.meters - servedMeters))
        }
    }
}
