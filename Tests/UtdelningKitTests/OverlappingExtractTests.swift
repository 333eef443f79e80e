import Foundation
import GRDB
import Geometry
import Households
import TestSupport
import Testing

@testable import UtdelningKit

/// Map files that share objects: neighbouring extracts overlapping at a border, and a
/// newer extract under another file name. Each OSM object is one row, whatever the order.
@Suite(.serialized)
struct OverlappingExtractTests {
    func district() throws -> District {
        District(databasePath: Fixtures.scratch().appendingPathComponent("d.sqlite").path, config: try DistrictConfig.starter)
    }

    /// Key → id of every stored delivery point, and the datasets.
    func stored(_ district: District) throws -> (points: [String: Int64], datasets: [String]) {
        try DatabaseQueue(path: district.databasePath).read { db in
            let points = Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT key, id FROM deliveryPoint").map { ($0[0] as String, $0[1] as Int64) })
            return (points, try String.fetchAll(db, sql: "SELECT name FROM dataset ORDER BY name"))
        }
    }

    func keys(_ district: District, _ table: String, _ column: String) throws -> Set<String> {
        try DatabaseQueue(path: district.databasePath).read { db in
            Set(try String.fetchAll(db, sql: "SELECT CAST(\(column) AS TEXT) FROM \(table)"))
        }
    }

    /// Stored points as the import's own duplicate rule sees them: the same address within 100 m is one door.
    func doors(_ district: District) throws -> [DeliveryPoint] {
        try DatabaseQueue(path: district.databasePath).read { db in
            try Row.fetchAll(db, sql: "SELECT key, street, houseNumber, postcode, city, latitude, longitude, buildingKey, use, withoutAddress FROM deliveryPoint ORDER BY key").map {
                DeliveryPoint(
                    key: $0[0], address: Address(street: $0[1], houseNumber: $0[2], postcode: $0[3], city: $0[4]),
                    coordinate: Coordinate(latitude: $0[5], longitude: $0[6]), buildingKey: $0[7], use: $0[8], withoutAddress: $0[9])
            }
        }
    }

    /// A home without an address and an addressed point on its building.
    func sameBuilding(_ stored: DeliveryPoint, _ home: DeliveryPoint) -> Bool {
        home.withoutAddress != nil && stored.withoutAddress == nil && home.buildingKey != nil && stored.buildingKey == home.buildingKey
    }

    /// Two points at one address; homes without an address are doors by their building key alone.
    func sameDoor(_ a: DeliveryPoint, _ b: DeliveryPoint) -> Bool {
        // Postcode and city count only where both have one; a home without an address has no door to share.
        a.withoutAddress == nil && b.withoutAddress == nil && a.address.matchKey.agrees(with: b.address.matchKey)
            && (a.address.city == nil || b.address.city == nil || a.address.city?.lowercased() == b.address.city?.lowercased())
            && greatCircleMeters(a.coordinate, b.coordinate) < OSMExtract.duplicateRadiusMeters
    }

    @Test func twoOverlappingExtractsCountEveryDoorOnceInEitherOrder() throws {
        let west = try OSMExtract.read(path: Fixtures.neubrandenburgWest)
        let east = try OSMExtract.read(path: Fixtures.neubrandenburgEast)
        let shared = Set(west.points.map(\.key)).intersection(east.points.map(\.key))
        #expect(shared.count > 20, "the extracts overlap")

        let westFirst = try district()
        _ = try westFirst.importOSM(path: Fixtures.neubrandenburgWest)
        let (report, _) = try westFirst.importOSM(path: Fixtures.neubrandenburgEast)
        #expect(report.takenOver == shared.count)
        let eastFirst = try district()
        _ = try eastFirst.importOSM(path: Fixtures.neubrandenburgEast)
        _ = try eastFirst.importOSM(path: Fixtures.neubrandenburgWest)

        for district in [westFirst, eastFirst] {
            let stored = try doors(district)
            #expect(Set(stored.map(\.key)).count == stored.count)
            // No door twice, even where two objects at one door came from different files…
            for (i, a) in stored.enumerated() {
                for b in stored[(i + 1)...] where sameDoor(a, b) { Issue.record("\(a.key) and \(b.key) are one door") }
            }
            // …and none lost: every point of either file is stored, or its door is, or (a business,
            // which has no households of its own) a home's door in its building, which the other file had;
            // a home without an address in one file is none where the other file has an address on its building.
            for point in west.points + east.points where !stored.contains(where: {
                $0.key == point.key || sameDoor($0, point) || sameBuilding($0, point)
                    || (point.isBusiness && !$0.isBusiness && point.buildingKey != nil && $0.buildingKey == point.buildingKey)
            }) {
                Issue.record("\(point.key) is lost")
            }
            #expect(try keys(district, "building", "key") == Set((west.buildings + east.buildings).map(\.key)))
            #expect(try keys(district, "mapWay", "osmId") == Set((west.mapWays + east.mapWays).map { String($0.osmID) }))
        }
        // A plan over both gives each door one area (the schema allows a point in one area only).
        let summary = try westFirst.householdSummary()
        #expect(try westFirst.plan(targetMinutes: 60).areas.map(\.households).reduce(0, +) == summary.households)
    }

    @Test func aFileHoldingBothExtractsCountsEachObjectOnce() throws {
        let osmium = try #require(Fixtures.tool("osmium"), "osmium-tool is installed by scripts/install-deps")
        let both = Fixtures.scratch().appendingPathComponent("both.osm.pbf").path
        // `cat` neither sorts nor removes the objects the two files share.
        let cat = try Fixtures.run(osmium, ["cat", Fixtures.neubrandenburgWest, Fixtures.neubrandenburgEast, "-o", both])
        #expect(cat.code == 0, "\(cat.err)")
        let two = try district()
        _ = try two.importOSM(path: Fixtures.neubrandenburgWest)
        _ = try two.importOSM(path: Fixtures.neubrandenburgEast)
        let one = try district()
        let (report, _) = try one.importOSM(path: both)
        #expect(try one.householdSummary() == two.householdSummary())
        #expect(try keys(one, "building", "key") == keys(two, "building", "key"))
        #expect(report.buildings == (try keys(two, "building", "key")).count)
        #expect(report.mapWays == (try keys(two, "mapWay", "osmId")).count)
        // A repeated copy is one object, not an address object and its duplicate.
        #expect(report.addressObjects == report.deliveryPoints - report.withoutAddress.points + report.skipped.values.reduce(0, +))
        #expect(report.deliveryPoints == (try one.householdSummary()).deliveryPoints)
    }

    @Test func oneObjectTwiceInAFileWithDifferentAddressesIsOnePoint() throws {
        let file = Fixtures.file("twice.osm", """
            <osm version='0.6'>
              <node id='1' lat='55.60' lon='13.00'><tag k='addr:street' v='Storgatan'/><tag k='addr:housenumber' v='1'/></node>
              <node id='1' lat='55.61' lon='13.01'><tag k='addr:street' v='Storgatan'/><tag k='addr:housenumber' v='2'/></node>
            </osm>
            """)
        let district = try district()
        let (report, _) = try district.importOSM(path: file)
        #expect(report.deliveryPoints == 1)
        #expect(try district.householdSummary().deliveryPoints == 1)
        let number = try DatabaseQueue(path: district.databasePath).read { db in
            try Row.fetchOne(db, sql: "SELECT houseNumber, latitude FROM deliveryPoint WHERE key = 'n1'")
        }
        // The last copy read counts, as a later version would.
        #expect(number?["houseNumber"] == "2")
        #expect(number?["latitude"] == 55.61)
    }
}

/// A newer extract of the same place, under another file name.
extension OverlappingExtractTests {
    /// Malmö as a newer extract would have it: one house renumbered, one address gone.
    func newerMalmo(than district: District) throws -> (path: String, renumbered: (key: String, number: String), gone: String) {
        var text = try String(contentsOfFile: Fixtures.malmo, encoding: .utf8)
        let numbered = try DatabaseQueue(path: district.databasePath).read { db in
            try Row.fetchAll(db, sql: "SELECT key, houseNumber FROM deliveryPoint WHERE key LIKE 'n%' ORDER BY key LIMIT 2")
                .map { ($0[0] as String, $0[1] as String) }
        }
        try #require(numbered.count == 2)
        for (index, (key, number)) in numbered.enumerated() {
            let start = try #require(text.range(of: "id='\(key.dropFirst())'"))
            let tag = try #require(text.range(of: "k='addr:housenumber' v='\(number)'", range: start.upperBound..<text.endIndex))
            text.replaceSubrange(tag, with: index == 0 ? "k='addr:housenumber' v='\(number)Z'" : "k='note' v='\(number)'")
        }
        let path = Fixtures.file("malmo-2026-11.osm", text)
        return (path, (numbered[0].0, numbered[0].1 + "Z"), numbered[1].0)
    }

    func imported() throws -> District {
        let district = try district()
        _ = try district.importOSM(path: Fixtures.malmo)
        return district
    }

    @Test func aNewerExtractUnderAnotherNameIsMergedWithEachPointOnce() throws {
        let district = try imported()
        let before = try stored(district)
        let newer = try newerMalmo(than: district)
        let (report, _) = try district.importOSM(path: newer.path)
        #expect(report.takenOver == before.points.count - 1)
        let after = try stored(district)
        // Merged: the newer file's objects are updated in place, the one it lacks stays from the older.
        #expect(after.points == before.points)
        #expect(after.datasets == ["malmo-2026-11.osm", "malmo.osm"])
        // The object both hold is the newer file's now.
        let renumbered = try DatabaseQueue(path: district.databasePath).read { db in
            try Row.fetchOne(
                db, sql: "SELECT p.houseNumber, d.name FROM deliveryPoint p JOIN dataset d ON d.id = p.datasetId WHERE key = ?",
                arguments: [newer.renumbered.key])
        }
        #expect(renumbered?[0] == newer.renumbered.number)
        #expect(renumbered?[1] == "malmo-2026-11.osm")
        #expect(try district.householdSummary().deliveryPoints == before.points.count)
    }

    @Test func replacesTakesTheOldDatasetsPlaceInPlace() throws {
        let district = try imported()
        let before = try stored(district)
        let newer = try newerMalmo(than: district)
        let (report, _) = try district.importOSM(path: newer.path, replaces: "malmo.osm")
        #expect(report.takenOver == 0)
        let after = try stored(district)
        #expect(after.datasets == ["malmo-2026-11.osm"])
        // Same ids under the same keys; what the newer file lacks is gone.
        #expect(after.points == before.points.filter { $0.key != newer.gone })
        #expect(try district.householdSummary().deliveryPoints == before.points.count - 1)
        // Importing the newer file again changes nothing.
        let dump = try contentDump(district.databasePath)
        let (again, _) = try district.importOSM(path: newer.path)
        #expect(again.changes == 0)
        #expect(try contentDump(district.databasePath) == dump)
    }

    @Test func replacingAnUnknownDatasetIsRefusedNamingIt() throws {
        let district = try imported()
        let before = try contentDump(district.databasePath)
        let error = try #require(throws: InputFileError.self) { try district.importOSM(path: Fixtures.neubrandenburgWest, replaces: "malmö.osm") }
        #expect(error.description == "\(Fixtures.neubrandenburgWest): --replaces malmö.osm: no dataset 'malmö.osm' (there are 'malmo.osm')")
        #expect(UserError(error).kind == .badInput)
        #expect(try contentDump(district.databasePath) == before)
        // Nor does it make a database where there was none.
        let empty = try self.district()
        #expect(throws: InputFileError.self) { try empty.importOSM(path: Fixtures.neubrandenburgWest, replaces: "malmo.osm") }
        #expect(!FileManager.default.fileExists(atPath: empty.databasePath))
    }
}
