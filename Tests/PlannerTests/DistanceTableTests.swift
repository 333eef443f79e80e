import Geometry
import Households
import Routing
import Testing

@testable import Planner
import Vocabulary

/// Farms on both shores of a fjord: 200 m apart across the water, 10.2 km by the road round its head.
struct DistanceTableTests {
    static let projection = LocalProjection(origin: Coordinate(latitude: 59.4, longitude: 13.5))
    static func at(_ x: Double, _ y: Double) -> Coordinate { projection.unproject(PlanarPoint(x: x, y: y)) }

    static func context() -> RouteContext {
        // West shore x = 0 and east shore x = 200, from y = 0 up to the head at y = 5,000.
        let road = WayInput(
            coordinates: [at(0, 0), at(0, 5_000), at(200, 5_000), at(200, 0), at(8_000, 0)], tags: ["highway": "unclassified"])
        let graph = StreetGraph.build(ways: [road], profile: WalkingProfile())
        let farms = [("west", at(-20, 0)), ("east", at(220, 0)), ("far", at(8_000, 20))].map { key, coordinate in
            (point: DeliveryPoint(key: PointKey(key), address: Address(street: "Fjordvägen", houseNumber: key), coordinate: coordinate), households: 1)
        }
        return RouteContext(
            association: "Fjorden", points: farms, graph: graph, index: SnapIndex(graph: graph), profile: WalkingProfile(), start: at(0, 0))
    }

    @Test func aRoundTakesTheRoadRoundTheFjordFromItsSectorsTable() {
        let c = Self.context()
        // The sector reaches 8 km east, so its searches go far enough to find the road round the head.
        let sector = DistanceTable(["east", "far", "west"], c)
        let acrossFromSector = sector.matrix(["west", "east"], c)[1]
        #expect(abs(acrossFromSector - 10_240) < 5)
        // Two farms searched on their own give up at 3 × 240 m + 1 km and guess the straight line twice over.
        let alone = DistanceTable(["east", "west"], c).matrix(["west", "east"], c)[1]
        #expect(abs(alone - 480) < 5)
    }
}
