import Foundation
import Geometry
import Households
import Routing
import Vocabulary

/// Cuts one association's households into areas and gives each area a route.
public struct AreaPlanner: Sendable {
    public let rules: PlanningRules
    public let profile: WalkingProfile

    public init(rules: PlanningRules, profile: WalkingProfile) {
        self.rules = rules
        self.profile = profile
    }

    /// Cut, route and re-weigh this many times before the final cut.
    static let measuringPasses = 2
    /// Even the routed areas on their measured times at most this many times.
    static let rebalancingRounds = 2
    /// The most a measured route may weigh its units up by. Among sparse houses most of a
    /// route is the walk between them along empty streets, which no unit counts: in Borås
    /// generated at scale 2 routes took more than 3 times their units' sum, and a cap of 3
    /// left such areas cut far too long (Benchmarks/README.md, issue 18 part 4).
    static let largestRouteFactor = 6.0

    /// - Parameters:
    ///   - points: the association's delivery points with their households; points with none are left out.
    ///   - barriers: lines areas should not straddle (the ways `profile.isBarrier` picks).
    ///   - start: where routes begin (each at its point nearest this); nil for the points' centre.
    public func plan(
        association: String, points: [(point: DeliveryPoint, households: Int)], graph: StreetGraph, index: SnapIndex,
        barriers: [[Coordinate]] = [], start: Coordinate? = nil
    ) -> [PlannedArea] {
        let delivered = points.filter { $0.households > 0 }.sorted { $0.point.key < $1.point.key }
        guard let box = BoundingBox(delivered.map(\.point.coordinate)) else { return [] }
        let projection = LocalProjection(origin: box.center)
        let context = RouteContext(
            association: association, points: delivered, graph: graph, index: index, profile: profile,
            start: start ?? Self.centre(delivered.map(\.point.coordinate), projection))
        let crossings = CrossingIndex(lines: barriers.map { $0.map(projection.project) })
        let units = DeliveryUnits(
            points: delivered, snaps: context.snaps, graph: graph, profile: profile, rules: rules, projection: projection, barriers: crossings)

        // Unit times count each street once; a route also walks between streets and
        // back out of dead ends, more so among villas than along blocks of flats. Cut,
        // route each area, scale its units by how much longer its route came out than
        // their sum, and cut again with those weights: each place gets its own factor.
        let (walkPieces, rural) = split(units)
        // The measuring routes need no kicks: local search alone is close enough for a factor.
        let quick = {
            var quick = context
            quick.kicks = 0
            quick.measuresDeadhead = false
            return quick
        }()
        let keysOf = { @Sendable (area: [Int]) in area.flatMap { units.units[$0].pointKeys } }
        var weighted = units.walkingGraph
        let links = streetMeters(between: units, context)
        var cut = walkAreas(weighted, pieces: walkPieces, streetMeters: links)
        for _ in 0..<Self.measuringPasses {
            let measured = cut.areas.concurrentMap { route(keys: keysOf($0), mode: .walk, quick) }
            for (area, measured) in zip(cut.areas, measured) {
                let estimated = area.reduce(0.0) { $0 + units.units[$1].seconds }
                let factor = estimated > 0 ? min(Self.largestRouteFactor, max(0.5, measured.time.seconds.value / estimated)) : 1
                for unit in area { weighted.seconds[unit] = units.units[unit].seconds * factor }
            }
            cut = walkAreas(weighted, pieces: walkPieces, streetMeters: links)
        }
        let remnants = remnantUnits(cut.pieces, cut.graph)
        // Routes are independent: spread over the cores, so that the largest association,
        // still running when the others are done, does not leave a core idle.
        var areas = cut.areas
        var walks = areas.concurrentMap { route(keys: keysOf($0), mode: .walk, context) }
        for _ in 0..<Self.rebalancingRounds {
            let rebalanced = cutter.rebalance(areas, calibrated(cut.graph, areas: areas, walks: walks))
            let changed = areas.indices.filter { rebalanced[$0] != areas[$0] }
            guard !changed.isEmpty else { break }
            for (i, walk) in zip(changed, changed.concurrentMap { route(keys: keysOf(rebalanced[$0]), mode: .walk, context) }) { walks[i] = walk }
            areas = rebalanced
        }
        (areas, walks) = absorbTiny(areas, walks, graph: cut.graph) { route(keys: keysOf($0), mode: .walk, context) }
        for i in walks.indices { walks[i].balance = balance(of: walks[i], members: areas[i], remnantUnits: remnants, in: units) }
        return walks + ruralRounds(rural.flatMap { units.units[$0].pointKeys }, context)
    }

    /// Connected pieces of streets with enough work to walk, and the units of the rest (rural).
    private func split(_ units: DeliveryUnits) -> (walk: [[Int]], rural: [Int]) {
        let walking = units.walkingGraph
        let pieces = cutter.components(walking)
        let threshold = rules.ruralBelowShareOfTarget * rules.target.seconds.value
        let isRural = pieces.map { piece in piece.reduce(0.0) { $0 + walking.seconds[$1] } < threshold }
        return (zip(pieces, isRural).filter { !$1 }.map(\.0), zip(pieces, isRural).filter { $1 }.flatMap(\.0).sorted())
    }

    /// Areas cut from the pieces, and the pieces after short ones joined their neighbours.
    private func walkAreas(
        _ graph: CutGraph, pieces: [[Int]], streetMeters: (Int, Int) -> Double
    ) -> (areas: [[Int]], pieces: [[Int]], graph: CutGraph) {
        // A piece gets as many areas as its time or its papers ask for.
        var graph = graph
        graph.seconds = zip(graph.seconds, graph.papers).map { rules.target.fullBag(Seconds($0), papers: $1).value }
        let joined = joining.join(pieces, in: graph, streetMeters: streetMeters)
        let areas = cutter.cut(joined.graph, pieces: joined.pieces)
        return (areas, joined.pieces, joined.graph)
    }

    var cutter: AreaCutter {
        AreaCutter(target: rules.target)
    }

    var joining: PieceJoining {
        PieceJoining(target: rules.target, maxMeters: rules.joinPiecesWithinMeters)
    }

    /// The cut's graph with each area's units scaled to add up to its routed time
    /// (or its papers' share of a full bag, where that is more).
    private func calibrated(_ graph: CutGraph, areas: [[Int]], walks: [PlannedArea]) -> CutGraph {
        var graph = graph
        for (area, walk) in zip(areas, walks) {
            let estimated = area.reduce(0.0) { $0 + graph.seconds[$1] }
            let measured = rules.target.fullBag(walk.time.seconds, papers: walk.households).value
            guard estimated > 0 else { continue }
            for unit in area { graph.seconds[unit] *= measured / estimated }
        }
        return graph
    }

    /// Walking metres between two units' first points (their streets), up to the join limit.
    private func streetMeters(between units: DeliveryUnits, _ c: RouteContext) -> (Int, Int) -> Double {
        let paths = ShortestPaths(graph: c.graph)
        let limit = rules.joinPiecesWithinMeters
        return { a, b in
            guard let from = units.units[a].pointKeys.first.flatMap({ c.snaps[$0] }),
                let to = units.units[b].pointKeys.first.flatMap({ c.snaps[$0] })
            else { return .infinity }
            let matrix = c.workspaces.with { paths.matrix([from, to], limit: limit, workspace: &$0) }
            return min(matrix[1], matrix[2])
        }
    }

    static func centre(_ coordinates: [Coordinate], _ projection: LocalProjection) -> Coordinate {
        let projected = coordinates.map(projection.project)
        return projection.unproject(PlanarPoint(
            x: projected.reduce(0.0) { $0 + $1.x } / Double(max(1, projected.count)),
            y: projected.reduce(0.0) { $0 + $1.y } / Double(max(1, projected.count))))
    }
}
