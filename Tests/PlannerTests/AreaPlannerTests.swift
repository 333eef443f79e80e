import Geometry
import Households
import Routing
import Testing
import Vocabulary

@testable import Planner

/// The planner on a hand-drawn map: a village of two streets, and a country road with farms 600 m apart.
struct AreaPlannerTests {
    static let projection = LocalProjection(origin: Coordinate(latitude: 59.4, longitude: 13.5))
    static func at(_ x: Double, _ y: Double) -> Coordinate { projection.unproject(PlanarPoint(x: x, y: y)) }

    /// Houses every 20 m on both sides of Bygatan and Skolgatan (0–600 m), farms along Landsvägen (2–8 km east).
    static func map() -> (graph: StreetGraph, points: [(point: DeliveryPoint, households: Int)]) {
        let ways = [
            WayInput(coordinates: [at(0, 0), at(600, 0)], tags: ["highway": "residential", "name": "Bygatan"]),
            WayInput(coordinates: [at(0, 0), at(0, 600)], tags: ["highway": "residential", "name": "Skolgatan"]),
            // Mapped as roads are, a node every 100 m.
            WayInput(coordinates: stride(from: 2_000.0, through: 8_000, by: 100).map { at($0, 5_000) }, tags: ["highway": "unclassified", "name": "Landsvägen"]),
        ]
        var points: [(point: DeliveryPoint, households: Int)] = []
        for i in 1...30 {
            for side in [-10.0, 10.0] {
                let number = 2 * i - (side < 0 ? 1 : 0)
                points.append((DeliveryPoint(key: PointKey("b\(number)"), address: Address(street: "Bygatan", houseNumber: "\(number)"), coordinate: at(Double(i) * 20, side)), 1))
                points.append((DeliveryPoint(key: PointKey("s\(number)"), address: Address(street: "Skolgatan", houseNumber: "\(number)"), coordinate: at(side, Double(i) * 20)), 1))
            }
        }
        for i in 0..<10 {
            let x = 2_050 + Double(i) * 600
            points.append((DeliveryPoint(key: PointKey("f\(i)"), address: Address(street: "Landsvägen", houseNumber: "\(i + 1)"), coordinate: at(x, 5_030)), 1))
        }
        return (StreetGraph.build(ways: ways, profile: WalkingProfile()), points)
    }

    func plan(_ rules: PlanningRules, start: Coordinate? = nil) -> [PlannedArea] {
        let (graph, points) = Self.map()
        return AreaPlanner(rules: rules, profile: WalkingProfile())
            .plan(association: "Byn", points: points, graph: graph, index: SnapIndex(graph: graph), start: start)
    }

    @Test func sparseFarmsGoByTheConfiguredRuralModeAndTheVillageOnFoot() {
        var rules = PlanningRules()
        rules.targetMinutes = 45
        rules.ruralMode = .bike
        let areas = plan(rules)
        let farms = areas.filter { $0.route.contains { $0.rawValue.hasPrefix("f") } }
        #expect(!farms.isEmpty && farms.allSatisfy { $0.mode == .bike && $0.route.allSatisfy { $0.rawValue.hasPrefix("f") } })
        #expect(areas.filter { $0.mode == .walk }.flatMap(\.route).count == 120)
        // 5.4 km between the first and last farm at 4 m/s, plus 26 s at each door.
        let bikeMinutes = farms.total(\.time).value
        let atBikeSpeed: Double = (5_400.0 / 4 + 10 * 26) / 60
        let atWalkingSpeed: Double = 5_400.0 / 1.3 / 60
        #expect(bikeMinutes > atBikeSpeed - 1 && bikeMinutes < atWalkingSpeed)
    }

    @Test func everyRouteBeginsAtItsPointNearestTheConfiguredStart() throws {
        var rules = PlanningRules()
        rules.targetMinutes = 20
        let start = Self.at(600, 0)
        let areas = plan(rules, start: start)
        let (_, points) = Self.map()
        let position = Dictionary(uniqueKeysWithValues: points.map { ($0.point.key, $0.point.coordinate) })
        #expect(areas.count > 2)
        for area in areas {
            let nearest = area.route.min { (greatCircleMeters(position[$0]!, start), $0) < (greatCircleMeters(position[$1]!, start), $1) }
            #expect(area.route.first == nearest)
        }
        // Bygatan's far end is where the start is: the area serving it begins there.
        #expect(areas.contains { $0.route.first == "b59" || $0.route.first == "b60" })
    }
}
