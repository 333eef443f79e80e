import Geometry
import Testing

@testable import Households
import Vocabulary

/// The counting rules on hand-made buildings.
struct HouseholdEstimatorTests {
    let here = Coordinate(latitude: 59.38, longitude: 13.50)
    let estimator = HouseholdEstimator(rules: HouseholdRules())

    func building(_ key: String, _ type: String, footprint: Double = 100, levels: Double? = nil, flats: Int? = nil, use: String? = nil) -> Building {
        Building(key: key, type: type, levels: levels, flats: flats, footprintSquareMeters: footprint, center: here, use: use)
    }

    func point(_ key: String, in building: String?) -> DeliveryPoint {
        DeliveryPoint(key: PointKey(key), address: Address(street: "Storgatan", houseNumber: key), coordinate: here, buildingKey: building)
    }

    func counts(_ points: [DeliveryPoint], _ buildings: [Building], register: [PointKey: Int] = [:]) -> [PointKey: HouseholdCount] {
        estimator.count(points: points, buildings: buildings, associationOf: [:], registerHouseholds: register).counts
    }

    @Test func flatsAreSharedAmongEntrancesAndAddUpExactly() {
        let c = counts([point("1", in: "w1"), point("3", in: "w1"), point("5", in: "w1")], [building("w1", "apartments", flats: 20)])
        #expect(c["1"]?.households == 7 && c["3"]?.households == 7 && c["5"]?.households == 6)
        #expect(c.values.allSatisfy { $0.source == .explicit })
        #expect(c["1"]?.rule == "building:flats=20 shared by 3 entrances")
    }

    @Test func apartmentsAreEstimatedFromFootprintTimesLevels() {
        // 600 m² × 5 levels ÷ 75 m² = 40 dwellings over 2 entrances
        let c = counts([point("1", in: "w1"), point("2", in: "w1")], [building("w1", "apartments", footprint: 600, levels: 5)])
        #expect(c["1"]?.households == 20 && c["2"]?.households == 20)
        #expect(c["1"]?.source == .estimated)
    }

    @Test func missingLevelsUseTheDefault() {
        // 300 m² × 3 (default) ÷ 75 = 12
        let c = counts([point("1", in: "w1")], [building("w1", "residential", footprint: 300)])
        #expect(c["1"]?.households == 12)
        #expect(c["1"]?.rule.contains("(assumed)") == true)
    }

    @Test func everyEntranceOfAResidentialBuildingHasAtLeastOneHousehold() {
        // 50 m² × 1 ÷ 75 rounds to 1, but three entrances lead to three homes
        let c = counts([point("1", in: "w1"), point("2", in: "w1"), point("3", in: "w1")], [building("w1", "apartments", footprint: 50, levels: 1)])
        #expect(c.values.map(\.households) == [1, 1, 1])
    }

    @Test func housesCountOnePerAddressAndNonResidentialZero() {
        let c = counts(
            [point("1", in: "house"), point("2", in: "terrace"), point("3", in: "terrace"), point("4", in: "school")],
            [building("house", "house"), building("terrace", "terrace", footprint: 400), building("school", "school", footprint: 2000, levels: 3)])
        #expect(c["1"]?.households == 1 && c["1"]?.source == .default)
        #expect(c["2"]?.households == 1 && c["3"]?.households == 1)
        #expect(c["4"]?.households == 0)
        #expect(c["4"]?.rule == "non-residential (school)")
    }

    @Test func unlistedBuildingsAreEstimatedWhenLargeAndSingleWhenSmall() {
        let c = counts(
            [point("big", in: "b"), point("small", in: "s"), point("shop", in: "m")],
            [building("b", "yes", footprint: 500, levels: 3), building("s", "yes", footprint: 120), building("m", "yes", footprint: 2000, use: "shop=supermarket")])
        #expect(c["big"]?.households == 20 && c["big"]?.source == .estimated)
        #expect(c["small"]?.households == 1 && c["small"]?.source == .default)
        #expect(c["shop"]?.households == 0)
    }

    @Test func anAddressWithoutABuildingCountsOne() {
        let c = counts([point("1", in: nil)], [])
        #expect(c["1"] == HouseholdCount(households: 1, source: .default, rule: "no building mapped"))
    }

    @Test func theRegisterOverridesEveryOtherRule() {
        let c = counts([point("1", in: "w1"), point("2", in: "w1")], [building("w1", "apartments", flats: 30)], register: ["1": 4])
        #expect(c["1"] == HouseholdCount(households: 4, source: .explicit, rule: "address register"))
        #expect(c["2"]?.households == 15)
    }

    @Test func calibrationLearnsSquareMetresPerDwellingFromFlats() {
        // Five buildings of 400 m² × 4 levels with 32 flats: 50 m² per dwelling.
        var buildings = (1...5).map { building("c\($0)", "apartments", footprint: 400, levels: 4, flats: 32) }
        buildings.append(building("target", "apartments", footprint: 500, levels: 4))
        let result = estimator.count(points: [point("1", in: "target")], buildings: buildings, associationOf: [:], registerHouseholds: [:])
        #expect(result.calibration.entries == [Calibration.Entry(buildingType: "apartments", association: nil, samples: 5, squareMetersPerDwelling: 50)])
        // 500 × 4 ÷ 50 = 40, not 500 × 4 ÷ 75 = 27
        #expect(result.counts["1"]?.households == 40)
        #expect(result.counts["1"]?.rule.contains("(calibrated)") == true)
    }

    @Test func calibrationPrefersTheAssociationsOwnBuildings() {
        var buildings = (1...5).map { building("k\($0)", "apartments", footprint: 100, levels: 6, flats: 10) }  // 60 m² in Karlstad
        buildings += (1...5).map { building("a\($0)", "apartments", footprint: 100, levels: 9, flats: 10) }  // 90 m² in Arvika
        var association = Dictionary(uniqueKeysWithValues: (1...5).map { ("k\($0)", "Karlstad") })
        for i in 1...5 { association["a\(i)"] = "Arvika" }
        let calibration = Calibration(buildings: buildings, associationOfBuilding: association, rules: HouseholdRules())
        #expect(calibration.squareMetersPerDwelling(type: "apartments", association: "Karlstad").value == 60)
        #expect(calibration.squareMetersPerDwelling(type: "apartments", association: "Arvika").value == 90)
        #expect(calibration.squareMetersPerDwelling(type: "apartments", association: "Kil").value == 75)  // median of all ten
        #expect(calibration.squareMetersPerDwelling(type: "residential", association: "Kil") == (75, false))
    }

    @Test func implausibleFlatsAreNotCalibrationEvidence() {
        // 1,000 m² per dwelling is a tagging error.
        let buildings = (1...5).map { building("x\($0)", "apartments", footprint: 1000, levels: 1, flats: 1) }
        #expect(Calibration(buildings: buildings, associationOfBuilding: [:], rules: HouseholdRules()).entries.isEmpty)
    }
}
