import Foundation
import Geometry
import Households
import Routing

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
        let target = rules.targetMinutes * 60
        let (walkPieces, rural) = split(units)
        // The measuring routes need no kicks: local search alone is close enough for a factor.
        var quick = context
        quick.kicks = 0
        quick.measuresDeadhead = false
        var weighted = units.walkingGraph
        var cut = walkAreas(weighted, pieces: walkPieces, target: target)
        for _ in 0..<Self.measuringPasses {
            for area in cut {
                let estimated = area.reduce(0.0) { $0 + units.units[$1].seconds }
                let measured = route(keys: area.flatMap { units.units[$0].pointKeys }, mode: .walk, quick)
                let factor = estimated > 0 ? min(3, max(0.5, measured.minutes * 60 / estimated)) : 1
                for unit in area { weighted.seconds[unit] = units.units[unit].seconds * factor }
            }
            cut = walkAreas(weighted, pieces: walkPieces, target: target)
        }
        let wholePieces = Set(walkPieces.map { Set($0) })
        let walks = cut.map { area in
            var planned = route(keys: area.flatMap { units.units[$0].pointKeys }, mode: .walk, context)
            planned.balance = balance(of: planned, members: area, wholePieces: wholePieces, in: units)
            return planned
        }
        return walks + ruralRounds(rural.flatMap { units.units[$0].pointKeys }, context)
    }

    /// Connected pieces of streets with enough work to walk, and the units of the rest (rural).
    private func split(_ units: DeliveryUnits) -> (walk: [[Int]], rural: [Int]) {
        let walking = units.walkingGraph
        let pieces = AreaCutter(targetSeconds: 1, maxPapers: rules.maxPapers).components(walking)
        let threshold = rules.ruralBelowShareOfTarget * rules.targetMinutes * 60
        let isRural = pieces.map { piece in piece.reduce(0.0) { $0 + walking.seconds[$1] } < threshold }
        return (zip(pieces, isRural).filter { !$1 }.map(\.0), zip(pieces, isRural).filter { $1 }.flatMap(\.0).sorted())
    }

    private func walkAreas(_ graph: CutGraph, pieces: [[Int]], target: Double) -> [[Int]] {
        AreaCutter(targetSeconds: target, maxPapers: rules.maxPapers, tolerance: rules.tolerance).cut(graph, pieces: pieces)
    }

    func isWithinTolerance(minutes: Double) -> Bool {
        abs(minutes - rules.targetMinutes) <= rules.tolerance * rules.targetMinutes
    }

    /// Why a walking area outside the tolerance is: a whole piece, full of papers, or neither.
    private func balance(of area: PlannedArea, members: [Int], wholePieces: Set<Set<Int>>, in units: DeliveryUnits) -> PlannedArea.Balance {
        guard area.balance == .outside else { return area.balance }
        if wholePieces.contains(Set(members)) { return .remnant }
        let inside = Set(members)
        let lightestNeighbour = members.flatMap { units.adjacency[$0] }.filter { !inside.contains($0) }.map { units.units[$0].papers }.min()
        if area.minutes < rules.targetMinutes, let lightestNeighbour, area.households + lightestNeighbour > rules.maxPapers { return .paperCap }
        return .outside
    }

    static func centre(_ coordinates: [Coordinate], _ projection: LocalProjection) -> Coordinate {
        let projected = coordinates.map(projection.project)
        return projection.unproject(PlanarPoint(
            x: projected.reduce(0.0) { $0 + $1.x } / Double(max(1, projected.count)),
            y: projected.reduce(0.0) { $0 + $1.y } / Double(max(1, projected.count))))
    }
}
