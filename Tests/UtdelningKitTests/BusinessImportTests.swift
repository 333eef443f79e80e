import Foundation
import TestSupport
import Testing

@testable import UtdelningKit

/// Two map files of one place, one with a business and the other with the home it belongs
/// to: whatever the order they come in, the district has the points and households one
/// file of both gives.
@Suite(.serialized)
struct BusinessImportTests {
    /// A 20 × 20 m block of flats (16 households) and a house plot with no building; the
    /// shop file has a hairdresser in the block and a kiosk at the plot's address, the home
    /// file the block's stairwell and the plot's house number.
    func files(_ directory: URL) -> (shops: String, homes: String, both: String) {
        func place(_ map: inout TinyMap) {
            map.square(east: 0, north: 0, side: 20, ["building": "apartments"])
            map.nextID = 100
        }
        var shops = TinyMap()
        place(&shops)
        shops.address("Storgatan", "1", east: 10, north: 2, ["shop": "hairdresser"])
        shops.address("Storgatan", "9", east: 100, north: 30, ["shop": "kiosk", "addr:postcode": "211 11"])
        var homes = TinyMap()
        place(&homes)
        homes.nextID = 200
        homes.address("Storgatan", "3", east: 15, north: 2)
        homes.address("Storgatan", "9", east: 110, north: 30)
        var both = TinyMap()
        place(&both)
        both.address("Storgatan", "1", east: 10, north: 2, ["shop": "hairdresser"])
        both.address("Storgatan", "9", east: 100, north: 30, ["shop": "kiosk", "addr:postcode": "211 11"])
        both.nextID = 200
        both.address("Storgatan", "3", east: 15, north: 2)
        both.address("Storgatan", "9", east: 110, north: 30)
        return (shops.write("shops.osm", in: directory), homes.write("homes.osm", in: directory), both.write("both.osm", in: directory))
    }

    func district(_ directory: URL, _ name: String) throws -> District {
        District(databasePath: directory.appendingPathComponent(name).path, config: try DistrictConfig.starter)
    }

    @Test func aHomeInAnotherFileTakesInTheBusinessesAtItsDoorAndInItsBuilding() throws {
        let directory = Fixtures.scratch()
        let (shops, homes, both) = files(directory)
        let one = try district(directory, "one.sqlite")
        _ = try one.importOSM(path: both)
        let expected = try one.householdSummary()
        #expect(expected.deliveryPoints == 2 && expected.households == 17)

        let shopsFirst = try district(directory, "shops-first.sqlite")
        _ = try shopsFirst.importOSM(path: shops)
        #expect(try shopsFirst.householdSummary().households == 16)
        let (report, _) = try shopsFirst.importOSM(path: homes)
        #expect(report.businessesTakenIn == 2)
        #expect(try shopsFirst.householdSummary() == expected)

        let homesFirst = try district(directory, "homes-first.sqlite")
        _ = try homesFirst.importOSM(path: homes)
        let (merged, _) = try homesFirst.importOSM(path: shops)
        #expect(merged.skipped["business merged"] == 2)
        #expect(try homesFirst.householdSummary() == expected)
    }
}
