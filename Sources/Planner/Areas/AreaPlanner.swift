import Foundation
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

    /// - Parameters:
    ///   - points: the association's delivery points with their households; points with none are left out.
    ///   - barriers: lines areas should not straddle (the ways `profile.isBarrier` picks).
    public func plan(
        association: String, points: [(point: DeliveryPoint, households: Int)], graph: StreetGraph, index: SnapIndex,
        barriers: [[Coordinate]] = []
    ) -> [PlannedArea] {
        let delivered = points.filter { $0.households > 0 }.sorted { $0.point.key < $1.point.key }
        guard let box = BoundingBox(delivered.map(\.point.coordinate)) else { return [] }
        let projection = LocalProjection(origin: box.center)
        var snaps: [String: Snap] = [:]
        for entry in delivered {
            if let snap = index.snap(entry.point.coordinate, maxMeters: profile.snapMaxMeters) { snaps[entry.point.key] = snap }
        }
        let crossings = CrossingIndex(lines: barriers.map { $0.map(projection.project) })
        let units = DeliveryUnits(
            points: delivered, snaps: snaps, graph: graph, profile: profile, rules: rules, projection: projection, barriers: crossings)
        // 30 kicks of iterated local search: about as short as the default's hundreds on
        // walks of this size (Benchmarks/README.md), at a fraction of the time.
        let context = RouteContext(
            byKey: Dictionary(uniqueKeysWithValues: delivered.map { ($0.point.key, $0) }), snaps: snaps, graph: graph,
            centre: Self.centre(delivered.map(\.point.coordinate), projection), association: association, kicks: 30)

        // Unit times count each street once; a route also walks between streets and
        // back out of dead ends, more so among villas than along blocks of flats. Cut,
        // route each area, scale its units by how much longer its route came out than
        // their sum, and cut again with those weights: each place gets its own factor.
        let target = rules.targetMinutes * 60
        let (walkPieces, rural) = split(units)
        // The measuring routes need no kicks: local search alone is close enough for a factor.
        let quick = RouteContext(
            byKey: context.byKey, snaps: context.snaps, graph: graph, centre: context.centre, association: association, kicks: 0)
        var weighted = units.walkingGraph
        var cut = walkAreas(weighted, pieces: walkPieces, target: target)
        for _ in 0..<Self.measuringPasses {
            for area in cut {
                let measured = route(area, mode: .walk, units: units, quick)
                let factor = measured.estimatedSeconds > 0 ? min(3, max(0.5, measured.area.minutes * 60 / measured.estimatedSeconds)) : 1
                for unit in area { weighted.seconds[unit] = units.units[unit].seconds * factor }
            }
            cut = walkAreas(weighted, pieces: walkPieces, target: target)
        }
        let walks = cut.map { route($0, mode: .walk, units: units, context).area }
        return walks + carRounds(rural, units: units, context)
    }

    /// Connected pieces of streets with enough work to walk, and the units of the rest (rural).
    private func split(_ units: DeliveryUnits) -> (walk: [[Int]], rural: [Int]) {
        let walking = units.walkingGraph
        let pieces = AreaCutter(targetSeconds: 1, maxPapers: rules.maxPapers).components(walking)
        let threshold = rules.ruralBelowShareOfTarget * rules.targetMinutes * 60
        let isRural = pieces.map { piece in piece.reduce(0.0) { $0 + walking.seconds[$1] } < threshold }
        return (zip(pieces, isRural).filter { !$1 }.map(\.0), zip(pieces, isRural).filter { $1 }.flatMap(\.0).sorted())
    }

    /// Cut, route and re-weigh this many times before the final cut.
    static let measuringPasses = 2

    private func walkAreas(_ graph: CutGraph, pieces: [[Int]], target: Double) -> [[Int]] {
        AreaCutter(targetSeconds: target, maxPapers: rules.maxPapers, tolerance: rules.tolerance).cut(graph, pieces: pieces)
    }

    /// Rural points by car, route first and cut second: one drive through all of
    /// them (from the point nearest the centre), cut into consecutive rounds of about
    /// the target time; a short last round joins the one before when that stays within tolerance.
    private func carRounds(_ rural: [Int], units: DeliveryUnits, _ c: RouteContext) -> [PlannedArea] {
        let keys = rural.flatMap { units.units[$0].pointKeys }.sorted()
        guard !keys.isEmpty else { return [] }
        // One drive through thousands of farms would need a matrix of millions of
        // street distances: cut them first into sectors around the centre, at most
        // 400 points each, and drive each sector on its own.
        let sectorSize = 400
        guard keys.count <= sectorSize else {
            func angle(_ key: String) -> Double {
                let p = c.byKey[key]?.point.coordinate ?? c.centre
                return atan2(p.latitude - c.centre.latitude, p.longitude - c.centre.longitude)
            }
            let around = keys.sorted { (angle($0), $0) < (angle($1), $1) }
            let sectors = (around.count + sectorSize - 1) / sectorSize
            let size = (around.count + sectors - 1) / sectors
            return stride(from: 0, to: around.count, by: size).flatMap { start in
                carRounds(keys: Array(around[start..<min(start + size, around.count)]), c)
            }
        }
        return carRounds(keys: keys, c)
    }

    private func carRounds(keys: [String], _ c: RouteContext) -> [PlannedArea] {
        let drive = orderedTour(keys, c)
        let target = rules.targetMinutes * 60
        var rounds: [[String]] = [[]]
        var seconds = 0.0
        var papers = 0
        for (i, key) in drive.order.enumerated() {
            let households = c.byKey[key]?.households ?? 0
            let step = (i == 0 ? 0 : drive.legMeters[i - 1] / rules.carSpeedMetersPerSecond) + rules.serviceSeconds(households: households)
            if let current = rounds.last, !current.isEmpty,
                seconds + step > target * (1 + rules.tolerance) || papers + households > rules.maxPapers || seconds >= target {
                rounds.append([])
                seconds = rules.serviceSeconds(households: households)
                papers = 0
            } else {
                seconds += step
            }
            rounds[rounds.count - 1].append(key)
            papers += households
        }
        var areas = rounds.map { route(keys: $0, mode: .car, servedMeters: 0, c) }
        if areas.count > 1, let last = areas.last, last.minutes < rules.targetMinutes * (1 - rules.tolerance) {
            let merged = route(keys: areas[areas.count - 2].route + last.route, mode: .car, servedMeters: 0, c)
            if merged.minutes <= rules.targetMinutes * (1 + rules.tolerance) && merged.households <= rules.maxPapers {
                areas.removeLast(2)
                areas.append(merged)
            }
        }
        return areas
    }

    private struct RouteContext {
        let byKey: [String: (point: DeliveryPoint, households: Int)]
        let snaps: [String: Snap]
        let graph: StreetGraph
        let centre: Coordinate
        let association: String
        /// Iterated-local-search kicks per tour; nil lets the solver choose by size.
        var kicks: Int? = nil
    }

    /// A walking area's route, and the unit time it was cut with.
    private func route(_ unitIndices: [Int], mode: PlannedArea.Mode, units: DeliveryUnits, _ c: RouteContext) -> (area: PlannedArea, estimatedSeconds: Double) {
        let keys = unitIndices.flatMap { units.units[$0].pointKeys }
        let servedMeters = unitIndices.reduce(0.0) { $0 + c.graph.segments[units.units[$1].segment].meters }
        let estimated = unitIndices.reduce(0.0) { $0 + units.units[$1].seconds }
        return (route(keys: keys, mode: mode, servedMeters: servedMeters, c), estimated)
    }

    /// Points in tour order from the one nearest the association's centre, with each leg's length.
    private func orderedTour(_ keys: [String], _ c: RouteContext) -> (order: [String], legMeters: [Double]) {
        func position(_ key: String) -> Coordinate { c.byKey[key]?.point.coordinate ?? c.centre }
        let sorted = keys.sorted()
        let start = sorted.min { (greatCircleMeters(position($0), c.centre), $0) < (greatCircleMeters(position($1), c.centre), $1) } ?? ""
        let ordered = [start] + sorted.filter { $0 != start }
        // Detours longer than three times the area's extent (plus a kilometre) are not searched for.
        let box = BoundingBox(ordered.map(position))
        let extent = box.map { greatCircleMeters(Coordinate(latitude: $0.minLatitude, longitude: $0.minLongitude), Coordinate(latitude: $0.maxLatitude, longitude: $0.maxLongitude)) } ?? 0
        var matrix = ShortestPaths(graph: c.graph).matrix(ordered.compactMap { c.snaps[$0] }, limit: 3 * extent + 1_000)
        let n = ordered.count
        for i in 0..<n {
            for j in 0..<n where !matrix[i * n + j].isFinite {
                // Streets that do not meet: the straight line, walked twice over.
                matrix[i * n + j] = 2 * greatCircleMeters(position(ordered[i]), position(ordered[j]))
            }
        }
        // A search cut off at the limit can find i → j but not j → i; the tour moves
        // assume symmetry (an asymmetric matrix made them cycle), so take the shorter.
        ShortestPaths.symmetrize(&matrix, n: n)
        let tour = TourSolver(kicks: c.kicks).solve(matrix: matrix, count: n, start: 0, closed: false)
        let legs = zip(tour.order, tour.order.dropFirst()).map { matrix[$0 * n + $1] }
        return (tour.order.map { ordered[$0] }, legs)
    }

    private func route(keys: [String], mode: PlannedArea.Mode, servedMeters: Double, _ c: RouteContext) -> PlannedArea {
        let (order, legs) = orderedTour(keys, c)
        let meters = legs.reduce(0, +)
        let households = keys.reduce(0) { $0 + (c.byKey[$1]?.households ?? 0) }
        let service = keys.reduce(0.0) { $0 + rules.serviceSeconds(households: c.byKey[$1]?.households ?? 0) }
        let speed = mode == .walk ? profile.walkingSpeedMetersPerSecond : rules.carSpeedMetersPerSecond
        return PlannedArea(
            association: c.association, route: order, households: households, mode: mode,
            walkMeters: meters, minutes: (meters / speed + service) / 60, deadheadMeters: max(0, meters - servedMeters))
    }

    private static func centre(_ coordinates: [Coordinate], _ projection: LocalProjection) -> Coordinate {
        let projected = coordinates.map(projection.project)
        return projection.unproject(PlanarPoint(
            x: projected.reduce(0.0) { $0 + $1.x } / Double(max(1, projected.count)),
            y: projected.reduce(0.0) { $0 + $1.y } / Double(max(1, projected.count))))
    }
}
