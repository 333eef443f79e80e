import Geometry
import Testing

@testable import Households
import Vocabulary

struct HouseholdDerivationTests {
    let derivation = HouseholdDerivation(rules: HouseholdRules(), districtName: "Värmland")
    let karlstad = Boundary(
        name: "Karlstad",
        shape: MultiPolygonShape(polygons: [
            PolygonShape(outer: [(13, 59), (14, 59), (14, 60), (13, 60), (13, 59)].map { Coordinate(latitude: $0.1, longitude: $0.0) })
        ]))

    func point(_ key: String, _ lat: Double, _ lon: Double) -> DeliveryPoint {
        DeliveryPoint(key: PointKey(key), address: Address(street: "Storgatan", houseNumber: key), coordinate: Coordinate(latitude: lat, longitude: lon))
    }

    @Test func withoutBoundariesEveryPointBelongsToTheDistrictsOwnAssociation() throws {
        let result = try derivation.derive(mapPoints: [point("1", 59.5, 13.5), point("2", 10, 10)], buildings: [], registerRows: [], boundaries: [])
        #expect(result.associationNames == ["Värmland"])
        #expect(result.associationOfPoint == ["1": "Värmland", "2": "Värmland"])
    }

    @Test func withBoundariesAPointOutsideEveryPolygonFormsAnAssociationOfItsOwn() throws {
        let result = try derivation.derive(
            mapPoints: [point("1", 59.5, 13.5), point("2", 10, 10)], buildings: [], registerRows: [], boundaries: [karlstad])
        #expect(result.associationNames == ["Karlstad", "utan förening"])
        #expect(result.associationOfPoint == ["1": "Karlstad", "2": "utan förening"])
        #expect(result.outsidePointKeys == ["2"])
        // Every point inside: no such association.
        let inside = try derivation.derive(mapPoints: [point("1", 59.5, 13.5)], buildings: [], registerRows: [], boundaries: [karlstad])
        #expect(inside.associationNames == ["Karlstad"] && inside.outsidePointKeys.isEmpty)
    }

    @Test func withTheNearestRuleAPointOutsideGoesToTheNearestPolygon() throws {
        let arvika = Boundary(
            name: "Arvika",
            shape: MultiPolygonShape(polygons: [
                PolygonShape(outer: [(12, 59), (12.5, 59), (12.5, 60), (12, 60), (12, 59)].map { Coordinate(latitude: $0.1, longitude: $0.0) })
            ]))
        let nearest = HouseholdDerivation(rules: HouseholdRules(), districtName: "Värmland", outside: .nearestAssociation)
        // 14.2° E lies 0.2° east of Karlstad; 12.6° E lies 0.1° east of Arvika and 0.4° west of Karlstad.
        let result = try nearest.derive(
            mapPoints: [point("east", 59.5, 14.2), point("between", 59.5, 12.6)], buildings: [], registerRows: [], boundaries: [karlstad, arvika])
        #expect(result.associationOfPoint == ["east": "Karlstad", "between": "Arvika"])
        #expect(result.associationNames == ["Arvika", "Karlstad"])
        #expect(result.outsidePointKeys == ["east", "between"])
    }

    @Test func aRegisterRowMatchingNothingIsAPointWithItsAssociationAndCount() throws {
        let row = RegisterRow(line: 2, address: Address(street: "Ny väg", houseNumber: "1"), coordinate: Coordinate(latitude: 59.6, longitude: 13.6), households: 6)
        let result = try derivation.derive(mapPoints: [point("1", 59.5, 13.5)], buildings: [], registerRows: [row], boundaries: [karlstad])
        let made = try #require(result.registerPoints[row.key])
        #expect(result.associationOfPoint[made.key] == "Karlstad")
        #expect(result.counts[made.key] == HouseholdCount(households: 6, source: .explicit, rule: "address register"))
        #expect(result.counts["1"]?.households == 1)
    }

    @Test func theSameFactsGiveTheSameResultWhateverTheirOrder() throws {
        let points = (0..<50).map { point("p\($0)", 59 + Double($0) / 40, 13.5) }
        let a = try derivation.derive(mapPoints: points, buildings: [], registerRows: [], boundaries: [karlstad])
        let b = try derivation.derive(mapPoints: points.reversed(), buildings: [], registerRows: [], boundaries: [karlstad])
        #expect(a.associationOfPoint == b.associationOfPoint)
        #expect(a.counts == b.counts)
    }
}
