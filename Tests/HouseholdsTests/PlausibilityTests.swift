import Geometry
import Testing

@testable import Households

/// Which household counts `households check` lists, and why.
struct PlausibilityTests {
    let rules = HouseholdRules()
    let door = DeliveryPoint(key: "n1", address: Address(street: "Storgatan", houseNumber: "1"), coordinate: Coordinate(latitude: 55.6, longitude: 13.0))

    func building(_ type: String, squareMeters: Double, levels: Double? = nil, landuse: String? = nil, homeDoors: Int = 0, flats: Int? = nil) -> Building {
        Building(
            key: "w1", type: type, levels: levels, flats: flats, footprintSquareMeters: squareMeters, center: door.coordinate,
            landuse: landuse, homeDoors: homeDoors)
    }

    func estimated(_ households: Int) -> HouseholdCount { HouseholdCount(households: households, source: .estimated, rule: "…") }

    @Test func aLargeHallOnNoMappedLandIsListedForItsSizeAloneAndAboveTheLimit() {
        let hall = building("yes", squareMeters: 5_690)
        #expect(rules.implausibilities(of: door, count: estimated(228), building: hall) == [.manyHouseholds, .sizeAlone])
        // Levels, residential land or a row of stairwells are evidence of homes.
        #expect(rules.implausibilities(of: door, count: estimated(90), building: building("yes", squareMeters: 2_000, levels: 4)).isEmpty)
        #expect(rules.implausibilities(of: door, count: estimated(90), building: building("yes", squareMeters: 2_000, landuse: "residential")).isEmpty)
        #expect(rules.implausibilities(of: door, count: estimated(45), building: building("yes", squareMeters: 2_000, homeDoors: 2)).isEmpty)
        // A block of flats is no hall, however large; above the limit it is listed all the same.
        #expect(rules.implausibilities(of: door, count: estimated(160), building: building("apartments", squareMeters: 4_000)) == [.manyHouseholds])
    }

    @Test func noHouseholdInAResidentialBuildingIsListedUnlessTheDoorIsABusiness() {
        let empty = HouseholdCount(households: 0, source: .explicit, rule: "building:flats=0")
        let flats = building("apartments", squareMeters: 600, flats: 0)
        #expect(rules.implausibilities(of: door, count: empty, building: flats) == [.emptyResidential])
        var shop = door
        shop.use = "shop=bakery"
        #expect(rules.implausibilities(of: shop, count: empty, building: flats).isEmpty)
        #expect(rules.implausibilities(of: door, count: empty, building: building("garage", squareMeters: 30)).isEmpty)
    }
}
