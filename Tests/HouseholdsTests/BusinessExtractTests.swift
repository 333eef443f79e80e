import Foundation
import Geometry
import TestSupport
import Testing

@testable import Households

/// Businesses on real extracts, against osmium's independent reading of the same file.
@Suite(.serialized)
struct BusinessExtractTests {
    static let useKeys = ["shop", "amenity", "office", "craft", "industrial", "tourism", "leisure", "healthcare", "man_made"]

    /// Objects with addr:housenumber as osmium sees them: key → tags.
    static func addressObjects(_ path: String) throws -> [String: [String: String]] {
        let osmium = try #require(Fixtures.tool("osmium"), "osmium-tool is installed by scripts/install-deps")
        let result = try Fixtures.run(osmium, ["tags-filter", path, "nwr/addr:housenumber", "--omit-referenced", "-f", "opl", "-o", "-"])
        #expect(result.code == 0)
        var objects: [String: [String: String]] = [:]
        for line in result.out.split(separator: "\n") {
            let fields = line.split(separator: " ")
            guard let id = fields.first, let tagField = fields.first(where: { $0.hasPrefix("T") }) else { continue }
            var tags: [String: String] = [:]
            for pair in tagField.dropFirst().split(separator: ",") {
                let kv = pair.split(separator: "=", maxSplits: 1).map { OSMExtractTests.unescapeOPL(String($0)) }
                if kv.count == 2 { tags[kv[0]] = kv[1] }
            }
            objects[String(id)] = tags
        }
        return objects
    }

    @Test func aStreetOfShopsGivesAboutOnePointPerAddressAndMergesEveryShop() throws {
        let extract = try OSMExtract.read(path: Fixtures.berlinWedding)
        let objects = try Self.addressObjects(Fixtures.berlinWedding)
        let businesses = objects.filter { _, tags in Self.useKeys.contains { tags[$0] != nil } }
        #expect(objects.count == 500 && businesses.count == 151)
        // No address lost: each object is a point, or merged, or has no street (the homes the map
        // draws without an address are points of their own, on top).
        let addressed = extract.points.filter { $0.withoutAddress == nil }
        #expect(addressed.count + extract.skipped.total == objects.count)
        #expect(extract.skipped.count(.missingStreet) == objects.values.filter { $0["addr:street"] == nil && $0["addr:place"] == nil }.count)
        // Every business is merged into a point, or stands as one where no home's door is.
        #expect(extract.skipped.count(.businessMerged) + extract.points.filter(\.isBusiness).count == businesses.count)
        let homes = extract.points.filter { !$0.isBusiness }
        for shop in extract.points where shop.isBusiness {
            #expect(!homes.contains { $0.buildingKey != nil && $0.buildingKey == shop.buildingKey }, "\(shop.key) shares a building with a home")
            #expect(!homes.contains {
                $0.address.matchKey.streetAndNumber == shop.address.matchKey.streetAndNumber
                    && greatCircleMeters($0.coordinate, shop.coordinate) < OSMExtract.duplicateRadiusMeters
            }, "\(shop.key) is at a home's address")
        }
        // Distinct addresses ≈ points (a shop at a side door of a home's building joins that home).
        let distinct = Set(objects.values.compactMap { tags -> String? in
            guard let street = tags["addr:street"] ?? tags["addr:place"], let number = tags["addr:housenumber"] else { return nil }
            return Address(street: street, houseNumber: number).matchKey.streetAndNumber
        })
        #expect(distinct.count == 341)
        #expect(addressed.count <= distinct.count && Double(addressed.count) >= 0.98 * Double(distinct.count))
    }

    @Test func theDemosHallsCountNoHouseholdsAndEveryAddressedBuildingIsOnAPoint() throws {
        let extract = try OSMExtract.read(path: Fixtures.neubrandenburg)
        let counts = HouseholdEstimator(rules: HouseholdRules()).count(
            points: extract.points, buildings: extract.buildings, associationOf: [:], registerHouseholds: [:]
        ).counts
        func households(_ street: String, _ number: String) -> [Int] {
            extract.points.filter { $0.address.street == street && $0.address.houseNumber == number }.compactMap { counts[$0.key]?.households }
        }
        // The food wholesaler (1,058 and 244 before), the car workshop (438), the pension office
        // (267, its amenity on the address node) and the clay works (228).
        #expect(households("Ernst-Abbe-Straße", "2") == [0, 0])
        #expect(households("Warliner Straße", "6") == [0])
        #expect(households("Platanenstraße", "43") == [0])
        #expect(households("Ihlenfelder Straße", "111") == [0])
        // Every building carrying an address with a street has its households on a point: its
        // own, one inside it, or the twin's its address was merged into (Badstüberstraße 17).
        let keys = Set(extract.points.map(\.key))
        let onAPoint = Set(extract.points.compactMap(\.buildingKey))
        let objects = try Self.addressObjects(Fixtures.neubrandenburg)
        for building in extract.buildings where objects[building.key]?["addr:street"] != nil {
            #expect(onAPoint.contains(building.key) || building.addressMergedInto.map(keys.contains) == true, "\(building.key) is on no point")
        }
        let badstuber = try #require(extract.points.first { $0.address.line == "Badstüberstraße 17" })
        #expect(counts[badstuber.key]?.rule.contains("a twin building of the same address") == true)
    }
}
