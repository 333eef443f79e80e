import Geometry
import Households
import Testing

@testable import UtdelningKit

/// The phone's map shows the streets around an area, so a volunteer sees where the route turns off.
struct AreaWalkTests {
    func at(_ x: Double, _ y: Double) -> Coordinate { Coordinate(latitude: 55.6 + y / 111_320, longitude: 13.0 + x / 62_900) }

    func way(_ id: Int64, _ category: MapWay.Category, _ points: [(Double, Double)]) -> MapWay {
        MapWay(osmID: id, category: category, tags: [:], coordinates: points.map { at($0.0, $0.1) })
    }

    @Test func streetsWithinTheMarginOfTheRouteAreDrawnAndTheRestAreNot() {
        let route = [at(0, 0), at(200, 0), at(200, 100)]
        let ways = [
            way(1, .highway, [(-500, 50), (-100, 50)]),  // ends 100 m west of the route: drawn
            way(2, .highway, [(0, 400), (200, 400)]),  // 300 m north: not
            way(3, .railway, [(0, 20), (200, 20)]),  // beside it, but no street
            way(4, .highway, [(100, -120), (100, -900)]),  // starts 120 m south: drawn
        ]
        let streets = District.streets(around: route, ways)
        #expect(streets == [ways[0].coordinates, ways[3].coordinates])
        #expect(District.streets(around: [], ways).isEmpty)
    }
}
