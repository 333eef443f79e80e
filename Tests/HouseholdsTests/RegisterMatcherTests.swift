import Geometry
import Testing

@testable import Households

struct RegisterMatcherTests {
    let matcher = RegisterMatcher(rules: HouseholdRules())
    let storgatan12 = DeliveryPoint(
        key: "n1", address: Address(street: "Storgatan", houseNumber: "12B", postcode: "65224"),
        coordinate: Coordinate(latitude: 59.3800, longitude: 13.5000))
    let storgatan14 = DeliveryPoint(
        key: "n2", address: Address(street: "Storgatan", houseNumber: "14"), coordinate: Coordinate(latitude: 59.3810, longitude: 13.5000))

    @Test func anAddressMatchesWhateverItsSpelling() {
        let row = RegisterRow(
            line: 2, address: Address(street: "STORGATAN", houseNumber: "12 b", postcode: "652 24"),
            coordinate: Coordinate(latitude: 59.3805, longitude: 13.5000), households: 5)
        #expect(matcher.match(rows: [row], points: [storgatan12, storgatan14]).matched == [row.key: "n1"])
    }

    @Test func aDifferentPostcodeIsADifferentAddress() {
        let row = RegisterRow(
            line: 2, address: Address(street: "Storgatan", houseNumber: "12B", postcode: "68130"),
            coordinate: Coordinate(latitude: 59.5, longitude: 13.5), households: 5)
        let result = matcher.match(rows: [row], points: [storgatan12])
        #expect(result.matched.isEmpty)
        #expect(result.newPoints.map(\.key.rawValue) == ["register:" + row.key])
    }

    @Test func withoutAnAddressTheNearestPointWithinTheRadiusMatches() {
        // 5 m north of Storgatan 12B, 105 m from 14
        let row = RegisterRow(line: 2, address: nil, coordinate: Coordinate(latitude: 59.38005, longitude: 13.5), households: 3)
        #expect(matcher.match(rows: [row], points: [storgatan12, storgatan14]).matched == [row.key: "n1"])
    }

    @Test func aRowFarFromEveryPointBecomesANewPoint() {
        let row = RegisterRow(line: 2, address: nil, coordinate: Coordinate(latitude: 59.39, longitude: 13.5), households: 3)
        let result = matcher.match(rows: [row], points: [storgatan12, storgatan14])
        #expect(result.matched.isEmpty && result.newPoints.count == 1)
        #expect(result.newPoints.first?.coordinate == row.coordinate)
    }

    @Test func aPositionMatchNeverTakesAPointAnAddressAlreadyClaimed() {
        let byAddress = RegisterRow(
            line: 2, address: Address(street: "Storgatan", houseNumber: "12B"), coordinate: storgatan12.coordinate, households: 4)
        let byPosition = RegisterRow(line: 3, address: nil, coordinate: Coordinate(latitude: 59.38001, longitude: 13.5), households: 2)
        let result = matcher.match(rows: [byPosition, byAddress], points: [storgatan12])
        #expect(result.matched == [byAddress.key: "n1"])
        #expect(result.newPoints.count == 1)
    }

    @Test func anotherAddressBesideAPointIsANewPointNotThatPoint() {
        // 10 m north of Storgatan 12B, which the register does not list.
        let row = RegisterRow(
            line: 2, address: Address(street: "Neue Straße", houseNumber: "900"),
            coordinate: Coordinate(latitude: 59.38009, longitude: 13.5), households: 1)
        let result = matcher.match(rows: [row], points: [storgatan12, storgatan14])
        #expect(result.matched.isEmpty)
        #expect(result.newPoints.map(\.address.line) == ["Neue Straße 900"])
    }

    @Test func aPointWithoutAnAddressIsMatchedByPositionAndSaidSo() {
        let unnamed = DeliveryPoint(key: "n3", address: Address(street: "", houseNumber: ""), coordinate: Coordinate(latitude: 59.39, longitude: 13.5))
        let row = RegisterRow(
            line: 2, address: Address(street: "Storgatan", houseNumber: "40"),
            coordinate: Coordinate(latitude: 59.39005, longitude: 13.5), households: 6)
        let exact = RegisterRow(line: 3, address: storgatan14.address, coordinate: storgatan14.coordinate, households: 2)
        let result = matcher.match(rows: [row, exact], points: [storgatan12, storgatan14, unnamed])
        #expect(result.matched == [row.key: "n3", exact.key: "n2"])
        #expect(result.byAddress == [exact.key])
    }
}
