import Foundation
import TestSupport
import Testing

@testable import Households
import Vocabulary

/// A business is not a household: shops, offices and other facilities at an address join
/// the home's point there or in their building, and count no households of their own.
struct BusinessAddressTests {
    /// The points of a map and their households under the default rules.
    func counted(_ path: String) throws -> (extract: OSMExtract, households: [PointKey: HouseholdCount]) {
        let extract = try OSMExtract.read(path: path)
        let counts = HouseholdEstimator(rules: HouseholdRules()).count(
            points: extract.points, buildings: extract.buildings, associationOf: [:], registerHouseholds: [:]
        ).counts
        return (extract, counts)
    }

    func total(_ counts: [PointKey: HouseholdCount]) -> Int { counts.values.map(\.households).reduce(0, +) }

    /// A block of flats, 30 × 30 m (36 households at 3 levels), with two stairwell doors.
    func blockOfFlats(bakery: Bool) -> TinyMap {
        var map = TinyMap()
        map.square(east: 0, north: 0, side: 30, ["building": "apartments"])
        map.address("Storgatan", "1", east: 5, north: 2)
        map.address("Storgatan", "3", east: 25, north: 2)
        if bakery { map.address("Storgatan", "5", east: 15, north: 2, ["shop": "bakery", "name": "Bageriet"]) }
        return map
    }

    @Test func aBusinessNodeInsideABlockOfFlatsAddsNoHouseholds() throws {
        let without = try counted(blockOfFlats(bakery: false).write("flats.osm"))
        let with = try counted(blockOfFlats(bakery: true).write("flats-and-bakery.osm"))
        #expect(total(without.households) == 36)
        #expect(total(with.households) == 36)
        #expect(with.extract.points.map(\.key) == without.extract.points.map(\.key))
        #expect(with.extract.skipped.count(.businessMerged) == 1)
        #expect(with.extract.points.count + with.extract.skipped.total == with.extract.addressObjects)
    }

    @Test func aShopWithoutPostcodeIsTheDoorOfTheHomeWithOne() throws {
        var map = TinyMap()
        map.address("Storgatan", "7", east: 0, north: 0, ["addr:postcode": "211 11", "addr:city": "Malmö"])
        map.address("Storgatan", "7", east: 30, north: 0, ["shop": "kiosk", "addr:city": "Malmö"])
        // Two homes whose postcodes differ are two doors still.
        map.address("Lillgatan", "2", east: 0, north: 200, ["addr:postcode": "211 11"])
        map.address("Lillgatan", "2", east: 30, north: 200, ["addr:postcode": "211 22"])
        let (extract, households) = try counted(map.write())
        #expect(extract.points.count == 3)
        #expect(extract.skipped.count(.businessMerged) == 1)
        #expect(extract.points.allSatisfy { !$0.isBusiness })
        #expect(total(households) == 3)
    }

    @Test func aShopAloneCountsNoHouseholdsUnlessItsBuildingHoldsHomes() throws {
        var map = TinyMap()
        let kiosk = map.address("Storgatan", "1", east: 0, north: 0, ["shop": "kiosk"])
        map.square(east: 100, north: 0, side: 10, ["building": "yes"])
        let hairdresser = map.address("Storgatan", "3", east: 105, north: 5, ["shop": "hairdresser"])
        map.square(east: 200, north: 0, side: 10, ["building": "house"])
        let cafe = map.address("Storgatan", "5", east: 205, north: 5, ["amenity": "cafe"])
        // A Malmö city block whose only address is its restaurant: the block's flats stay.
        map.square(east: 300, north: 0, side: 40, ["building": "yes"])
        let restaurant = map.address("Storgatan", "7", east: 320, north: 2, ["amenity": "restaurant"])
        let (extract, households) = try counted(map.write())
        #expect(extract.points.count == 4)
        #expect(households["n\(kiosk)"]?.households == 0)
        #expect(households["n\(hairdresser)"]?.households == 0)
        #expect(households["n\(cafe)"]?.households == 1)
        #expect(households["n\(restaurant)"]?.households == 64)
        #expect(households["n\(hairdresser)"]?.rule == "business (shop=hairdresser) in a small building=yes: no home")
    }

    @Test func twoShopsInOneBuildingStayTwoDoorsAndMakeNoHome() throws {
        var map = TinyMap()
        map.square(east: 0, north: 0, side: 10, ["building": "yes"])
        map.address("Storgatan", "9", east: 2, north: 2, ["shop": "florist"])
        map.address("Storgatan", "11", east: 8, north: 2, ["shop": "books"])
        let (extract, households) = try counted(map.write())
        #expect(extract.points.count == 2)
        #expect(extract.points.allSatisfy { $0.isBusiness })
        #expect(total(households) == 0)
    }

    @Test func aWholeBuildingUseOnTheAddressNodeMakesAHallUnlessLevelsAreMapped() throws {
        var map = TinyMap()
        map.square(east: 0, north: 0, side: 50, ["building": "yes"])
        let office = map.address("Platanenstraße", "43", east: 25, north: 2, ["amenity": "public_building"])
        map.square(east: 100, north: 0, side: 50, ["building": "yes", "building:levels": "4"])
        let school = map.address("Platanenstraße", "45", east: 125, north: 2, ["amenity": "school"])
        let (_, households) = try counted(map.write())
        #expect(households["n\(office)"]?.households == 0)
        #expect(households["n\(office)"]?.rule == "non-residential (amenity=public_building)")
        // 2,500 m² × 4 levels ÷ 75 m²: flats above the ground floor may be mapped so.
        #expect(households["n\(school)"]?.households == 133)
    }

    @Test func workLandMakesAnUnlistedBuildingAHallUnlessStairwellsSayOtherwise() throws {
        var map = TinyMap()
        map.square(east: -10, north: -10, side: 300, ["landuse": "industrial"])
        let wholesaler = map.square(east: 0, north: 0, side: 60, ["building": "yes", "addr:street": "Ernst-Abbe-Straße", "addr:housenumber": "2"])
        map.square(east: 100, north: 0, side: 60, ["building": "yes"])
        let first = map.address("Industrievej", "1", east: 110, north: 2)
        let second = map.address("Industrievej", "3", east: 150, north: 2)
        let (_, households) = try counted(map.write())
        #expect(households["w\(wholesaler)"]?.households == 0)
        #expect(households["w\(wholesaler)"]?.rule == "non-residential (landuse=industrial)")
        // 3,600 m² × 3 levels ÷ 75 m² = 144, shared by the two doors.
        #expect((households["n\(first)"]?.households ?? 0) + (households["n\(second)"]?.households ?? 0) == 144)
    }

    @Test func aTwinBuildingsHouseholdsGoToThePointItsAddressWasMergedInto() throws {
        var map = TinyMap()
        let kept = map.square(east: 0, north: 0, side: 20, ["building": "apartments", "addr:street": "Badstüberstraße", "addr:housenumber": "17"])
        let twin = map.square(east: 40, north: 0, side: 20, ["building": "apartments", "addr:street": "Badstüberstraße", "addr:housenumber": "17"])
        let (extract, households) = try counted(map.write())
        #expect(extract.points.map(\.key) == ["w\(kept)"])
        #expect(extract.buildings.first { $0.key == "w\(twin)" }?.addressMergedInto == "w\(kept)")
        // 400 m² × 3 levels ÷ 75 m² = 16 in each building.
        #expect(households["w\(kept)"]?.households == 32)
        #expect(households["w\(kept)"]?.rule.contains("w\(twin), a twin building of the same address") == true)
    }
}
