import Geometry
import Routing
import Testing
import Vocabulary

@testable import Planner

/// Routed areas too small to hand out: under a quarter of the target's time and a quarter
/// of the paper cap together (Neubrandenburg at 60 minutes had "18 papers in 3 minutes").
struct TinyAreaTests {
    let planner = {
        var rules = PlanningRules()
        rules.targetMinutes = 60
        rules.maxPapers = 250
        return AreaPlanner(rules: rules, profile: WalkingProfile())
    }()

    /// A street of 12 units of 5 minutes and 10 papers; unit 12 stands apart, on no street that meets it.
    let graph = CutGraph(
        seconds: Array(repeating: 300, count: 13), papers: Array(repeating: 10, count: 13),
        centers: (0..<13).map { PlanarPoint(x: Double($0) * 50, y: $0 == 12 ? 5_000 : 0) },
        adjacency: (0..<13).map { u in u == 12 ? [] : [u - 1, u + 1].filter { (0..<12).contains($0) } })

    /// A route that takes its units' time, as the planner's would if walking cost nothing extra.
    func route(_ units: [Int]) -> PlannedArea {
        PlannedArea(
            association: "Nb", route: units.map { PointKey("u\($0)") }, households: units.reduce(0) { $0 + graph.papers[$1] }, mode: .walk,
            length: 0, time: Minutes(units.reduce(0.0) { $0 + graph.seconds[$1] } / 60), deadhead: 0, balance: .outside, targetTime: 60,
            maxPapers: 250)
    }

    @Test func aTinyAreaJoinsTheShorterAreaBesideIt() {
        // 11 units (55 minutes) and the last unit of the street alone (5 minutes, 10 papers).
        let areas = [Array(0..<11), [11]]
        let (joined, walks) = planner.absorbTiny(areas, areas.map(route), graph: graph, route: route)
        #expect(joined == [Array(0..<12)])
        #expect(walks.map(\.time) == [Minutes(60)])
    }

    @Test func ofTwoAreasBesideItATinyAreaJoinsTheShorter() {
        // 25 minutes, the tiny one (5), then 30 minutes along the street.
        let areas = [Array(0..<5), [5], Array(6..<12)]
        let (joined, _) = planner.absorbTiny(areas, areas.map(route), graph: graph, route: route)
        #expect(joined == [Array(0..<6), Array(6..<12)])
    }

    @Test func aTinyAreaAloneOnItsPieceOfStreetsStays() {
        let areas = [Array(0..<12), [12]]
        let (kept, _) = planner.absorbTiny(areas, areas.map(route), graph: graph, route: route)
        #expect(kept == areas)
        #expect(planner.rules.target.isTiny(Minutes(5), papers: 10))
        #expect(!planner.rules.target.isTiny(Minutes(5), papers: 80))
    }
}
