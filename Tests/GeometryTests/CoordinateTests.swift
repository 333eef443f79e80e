import Testing

@testable import Geometry

struct CoordinateTests {
    @Test func greatCircleDistanceKarlstadToArvika() {
        // Karlstad domkyrka to Arvika station: about 62 km as the crow flies.
        let karlstad = Coordinate(latitude: 59.3793, longitude: 13.5036)
        let arvika = Coordinate(latitude: 59.6553, longitude: 12.5852)
        let meters = greatCircleMeters(karlstad, arvika)
        #expect(abs(meters - 61_500) < 1_500)
    }

    @Test func oneDegreeOfLatitudeIsAbout111Kilometres() {
        let meters = greatCircleMeters(Coordinate(latitude: 59, longitude: 13), Coordinate(latitude: 60, longitude: 13))
        #expect(abs(meters - 111_195) < 1)
    }

    @Test func localProjectionRoundTripsAndMeasuresMetres() {
        let origin = Coordinate(latitude: 59.38, longitude: 13.50)
        let projection = LocalProjection(origin: origin)
        let north = Coordinate(latitude: 59.381, longitude: 13.50)
        #expect(abs(projection.project(north).y - 111.195) < 0.01)
        let back = projection.unproject(projection.project(Coordinate(latitude: 59.4, longitude: 13.6)))
        #expect(abs(back.latitude - 59.4) < 1e-9 && abs(back.longitude - 13.6) < 1e-9)
    }

    @Test func validityRejectsOutOfRangeAndNaN() {
        #expect(Coordinate(latitude: 59, longitude: 13).isValid)
        #expect(!Coordinate(latitude: 91, longitude: 13).isValid)
        #expect(!Coordinate(latitude: 59, longitude: -181).isValid)
        #expect(!Coordinate(latitude: .nan, longitude: 13).isValid)
    }
}
