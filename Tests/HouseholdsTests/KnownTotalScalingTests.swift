import Geometry
import Testing

@testable import Households
import Vocabulary

/// Two square regions side by side, west and east of 13.0° E, with points in them.
struct KnownTotalScalingTests {
    static func square(west: Double) -> MultiPolygonShape {
        let ring = [(west, 59.0), (west + 1, 59.0), (west + 1, 60.0), (west, 60.0), (west, 59.0)]
            .map { Coordinate(latitude: $0.1, longitude: $0.0) }
        return MultiPolygonShape(polygons: [PolygonShape(outer: ring, holes: [])])
    }

    static func total(_ code: String, _ known: Int, west: Double) -> KnownTotal {
        KnownTotal(code: code, name: "Region \(code)", known: known, counted: .households, line: 2, shape: square(west: west))
    }

    static func point(_ key: String, longitude: Double) -> DeliveryPoint {
        DeliveryPoint(key: PointKey(key), address: Address(street: "Gatan", houseNumber: key), coordinate: Coordinate(latitude: 59.5, longitude: longitude))
    }

    static let counts: [PointKey: HouseholdCount] = [
        "a": HouseholdCount(households: 30, source: .estimated, rule: "block"),
        "b": HouseholdCount(households: 10, source: .estimated, rule: "block"),
        "c": HouseholdCount(households: 12, source: .explicit, rule: "address register"),
        "d": HouseholdCount(households: 1, source: .default, rule: "house: one household"),
        "e": HouseholdCount(households: 20, source: .estimated, rule: "block"),
    ]
    /// a, b, c, d in the west region; e in the east one.
    static let points = [point("a", longitude: 12.2), point("b", longitude: 12.4), point("c", longitude: 12.6), point("d", longitude: 12.8), point("e", longitude: 13.5)]

    @Test func estimatesTakeUpTheDifferenceAndExplicitCountsStay() throws {
        let scaling = KnownTotalScaling(totals: [Self.total("W", 63, west: 12), Self.total("E", 20, west: 13)])
        let regions = try scaling.regionOfPoint(Self.points)
        #expect(regions == ["a": "W", "b": "W", "c": "W", "d": "W", "e": "E"])
        let (counts, outcomes) = scaling.scale(Self.counts, regionOfPoint: regions)
        // 63 known − 13 fixed = 50 for estimates of 40: × 1.25, 37.5 and 12.5; the tie goes to key a.
        #expect(counts["a"]?.households == 38 && counts["b"]?.households == 12)
        #expect(counts["c"] == Self.counts["c"] && counts["d"] == Self.counts["d"])
        #expect(counts["a"]?.source == .estimated && counts["a"]?.rule == "block, × 1.250 to the known total of Region W")
        #expect(counts["e"] == Self.counts["e"])
        let west = try #require(outcomes.first { $0.code == "W" })
        #expect(west.estimateBefore == 53 && west.known == 63 && west.householdsNow == 63 && west.fixedHouseholds == 13)
        #expect(west.factor == 1.189 && west.status == .matched && !west.isFarOff)
        #expect(outcomes.map(\.code) == ["E", "W"])
    }

    @Test func explicitCountsAboveTheTotalAreReportedNotForced() throws {
        let scaling = KnownTotalScaling(totals: [Self.total("W", 10, west: 12)])
        let (counts, outcomes) = scaling.scale(Self.counts, regionOfPoint: try scaling.regionOfPoint(Self.points))
        #expect(counts == Self.counts)
        #expect(outcomes.first?.status == .fixedAboveTotal && outcomes.first?.householdsNow == 53)
    }

    @Test func aRegionWithoutEstimatesCannotBeScaled() throws {
        let scaling = KnownTotalScaling(totals: [Self.total("W", 100, west: 12)])
        let houses = Self.counts.filter { $0.value.source != .estimated }
        let (counts, outcomes) = scaling.scale(houses, regionOfPoint: try scaling.regionOfPoint(Self.points))
        #expect(counts == houses)
        #expect(outcomes.first?.status == .nothingToScale)
    }

    @Test func aFarLowerTotalStillLeavesEveryEstimatedDoorOneHousehold() throws {
        let scaling = KnownTotalScaling(totals: [Self.total("W", 15, west: 12)])
        let (counts, outcomes) = scaling.scale(Self.counts, regionOfPoint: try scaling.regionOfPoint(Self.points))
        #expect(counts["a"]?.households == 1 && counts["b"]?.households == 1)
        #expect(outcomes.first?.householdsNow == 15 && outcomes.first?.isFarOff == true)
        let fewer = KnownTotalScaling(totals: [Self.total("W", 14, west: 12)])
        #expect(fewer.scale(Self.counts, regionOfPoint: try fewer.regionOfPoint(Self.points)).outcomes.first?.status == .doorsAboveTotal)
    }
}
