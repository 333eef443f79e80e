import Foundation
import Households
import TestSupport
import Testing

@testable import UtdelningKit
import Vocabulary

@Suite(.serialized)
struct RouteTests {
    @Test func straightStopsAlongALineAreVisitedInOrder() throws {
        // Five stops due north of each other, listed out of order, starting at the southernmost.
        let csv = "id;lat;lon\ns;59,3800;13,5\nd;59,3840;13,5\nb;59,3820;13,5\ne;59,3850;13,5\nc;59,3830;13,5\n"
        let stops = try StopFile.read(path: Fixtures.file("stops.csv", csv))
        let district = District(databasePath: Fixtures.scratch().appendingPathComponent("d.sqlite").path, config: try DistrictConfig.starter)
        let route = try district.route(stops: stops, closed: false, metric: .straight)
        #expect(route.order == ["s", "b", "c", "d", "e"])
        #expect(abs(route.meters - 556) <= 1)  // 0.005° of latitude
        let closed = try district.route(stops: stops, closed: true, metric: .straight)
        #expect(abs(closed.meters - 1112) <= 1)
    }

    @Test func streetDistancesAreNoShorterThanStraightOnes() throws {
        let district = District(databasePath: Fixtures.scratch().appendingPathComponent("d.sqlite").path, config: try DistrictConfig.starter)
        _ = try district.importOSM(path: Fixtures.malmo)
        let points = try OSMExtract.read(path: Fixtures.malmo).points.prefix(25)
        let stops = points.map { Stop(id: $0.key.rawValue, coordinate: $0.coordinate) }
        let street = try district.route(stops: stops, closed: true, metric: .street)
        let straight = try district.route(stops: stops, closed: true, metric: .straight)
        #expect(Set(street.order) == Set(stops.map(\.id)))
        #expect(street.order.first == stops.first?.id)
        #expect(street.meters >= straight.meters)
    }

    @Test func streetMetricWithoutStreetsIsAClearError() throws {
        let district = District(databasePath: Fixtures.scratch().appendingPathComponent("none.sqlite").path, config: try DistrictConfig.starter)
        let stops = [Stop(id: "a", coordinate: .init(latitude: 59, longitude: 13)), Stop(id: "b", coordinate: .init(latitude: 59.1, longitude: 13))]
        let error = try #require(throws: DistrictError.self) { try district.route(stops: stops, closed: false, metric: .street) }
        #expect(error == .noStreets(then: "import an OSM file or use --metric straight"))
        #expect(UserError(error).kind == .notReady)
    }

    @Test(arguments: [
        ("id,lat,lon\na,59,13\na,59.1,13\n", "line 3", "appears twice"),
        ("id,lat,lon\na,159,13\n", "line 2", "out of range"),
        ("id,lat\na,59\n", "line 1", "no longitude column"),
    ])
    func badStopFilesNameTheLine(text: String, position: String, message: String) throws {
        let error = try #require(throws: InputFileError.self) { try StopFile.read(path: Fixtures.file("s.csv", text)) }
        #expect(error.position == position)
        #expect(error.message.contains(message))
    }
}
