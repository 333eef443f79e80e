import Foundation
import TestSupport
import Testing

@testable import Households
import Vocabulary

/// The extract against an independent reading of the same file by osmium.
@Suite(.serialized)
struct OSMExtractTests {
    /// Objects with addr:housenumber as osmium sees them: "n123" → (street or place, number).
    static func osmiumAddresses(_ path: String) throws -> [String: (street: String?, number: String)] {
        let osmium = try #require(Fixtures.tool("osmium"), "osmium-tool is installed by scripts/install-deps")
        let result = try Fixtures.run(osmium, ["tags-filter", path, "nwr/addr:housenumber", "--omit-referenced", "-f", "opl", "-o", "-"])
        #expect(result.code == 0)
        var objects: [String: (street: String?, number: String)] = [:]
        for line in result.out.split(separator: "\n") {
            let fields = line.split(separator: " ")
            guard let id = fields.first, let tagField = fields.first(where: { $0.hasPrefix("T") }) else { continue }
            var tags: [String: String] = [:]
            for pair in tagField.dropFirst().split(separator: ",") {
                let kv = pair.split(separator: "=", maxSplits: 1).map { unescapeOPL(String($0)) }
                if kv.count == 2 { tags[kv[0]] = kv[1] }
            }
            guard let number = tags["addr:housenumber"] else { continue }
            objects[String(id)] = (tags["addr:street"] ?? tags["addr:place"], number)
        }
        return objects
    }

    /// OPL writes special characters as %hex%.
    static func unescapeOPL(_ text: String) -> String {
        var out = ""
        var rest = Substring(text)
        while let start = rest.firstIndex(of: "%") {
            out += rest[..<start]
            let after = rest[rest.index(after: start)...]
            guard let end = after.firstIndex(of: "%"), let code = UInt32(after[..<end], radix: 16), let scalar = Unicode.Scalar(code) else {
                out += rest[start...]
                return out
            }
            out.unicodeScalars.append(scalar)
            rest = after[after.index(after: end)...]
        }
        return out + rest
    }

    @Test func neubrandenburgPointsMatchOsmiumsCountOfAddressObjects() throws {
        let extract = try OSMExtract.read(path: Fixtures.neubrandenburg)
        let independent = try Self.osmiumAddresses(Fixtures.neubrandenburg)
        #expect(independent.count == 10_262)
        #expect(extract.addressObjects == independent.count)
        // Every address object is a point or a documented skip; the other points are homes without one.
        let addressed = extract.addressPoints
        #expect(addressed.count + extract.skipped.total == independent.count)
        #expect(extract.points.count - addressed.count == extract.withoutAddress.points)
        #expect(extract.skipped.count(.missingStreet) == independent.values.filter { $0.street == nil }.count)

        for point in addressed {
            let object = try #require(independent[point.key.rawValue], "\(point.key) is an address object")
            #expect(point.address.street == object.street)
            #expect(point.address.houseNumber == object.number)
        }
        #expect(Set(extract.points.map(\.key)).count == extract.points.count)
    }

    @Test func duplicatesAreMergedIntoAnObjectWithTheSameAddressNearby() throws {
        let extract = try OSMExtract.read(path: Fixtures.neubrandenburg)
        let byKey = Dictionary(uniqueKeysWithValues: extract.points.map { ($0.key, $0) })
        let merges = extract.skipped.examples[.duplicateAddress] ?? []
        #expect(extract.skipped.count(.duplicateAddress) > 0)
        let independent = try Self.osmiumAddresses(Fixtures.neubrandenburg)
        for merge in merges {
            // "node 290314380 = n290314379"
            let parts = merge.components(separatedBy: " = ")
            let words = parts[0].split(separator: " ")
            let mergedKey = String(words[0].prefix(1)) + words[1]
            let kept = try #require(byKey[PointKey(String(parts[1]))])
            let merged = try #require(independent[mergedKey])
            #expect(merged.street == kept.address.street && merged.number == kept.address.houseNumber)
        }
    }

    @Test func buildingsHaveFootprintsAndAddressesFindTheirBuilding() throws {
        let extract = try OSMExtract.read(path: Fixtures.neubrandenburg)
        #expect(extract.buildings.count > 15_000)
        #expect(extract.buildings.allSatisfy { $0.footprintSquareMeters > 0 })
        let median = extract.buildings.map(\.footprintSquareMeters).sorted()[extract.buildings.count / 2]
        // Sheds, garages and houses dominate: a median of tens of m², not thousands.
        #expect(median > 20 && median < 200)
        let linked = extract.points.filter { $0.buildingKey != nil }.count
        #expect(Double(linked) / Double(extract.points.count) > 0.9)
    }

    @Test func streetsAreKeptWithNamesForTheStreetGraph() throws {
        let extract = try OSMExtract.read(path: Fixtures.neubrandenburg)
        let highways = extract.mapWays.filter { $0.category == .highway }
        #expect(highways.count > 7_000)
        #expect(highways.allSatisfy { $0.coordinates.count >= 2 && $0.tags["highway"] != nil })
        #expect(extract.mapWays.contains { $0.category == .railway })
    }

    @Test func malmoXMLKeepsSwedishLettersExactly() throws {
        let extract = try OSMExtract.read(path: Fixtures.malmo)
        let independent = try Self.osmiumAddresses(Fixtures.malmo)
        #expect(extract.addressObjects == independent.count)
        #expect(extract.addressPoints.count + extract.skipped.total == independent.count)
        let streets = Set(extract.points.map(\.address.street))
        #expect(streets.contains { $0.contains("å") || $0.contains("ä") || $0.contains("ö") })
        for point in extract.addressPoints {
            #expect(independent[point.key.rawValue]?.street == point.address.street)
        }
    }

    @Test func berlinApartmentBlocksCarryLevels() throws {
        let extract = try OSMExtract.read(path: Fixtures.berlin)
        let apartments = extract.buildings.filter { $0.type == "apartments" }
        #expect(apartments.count > 600)
        #expect(apartments.filter { $0.levels != nil }.count > apartments.count / 2)
    }
}
