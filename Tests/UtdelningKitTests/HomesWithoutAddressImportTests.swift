import Foundation
import Households
import TestSupport
import Testing

@testable import UtdelningKit

/// Two neighbouring extracts that disagree about one house: the first cut off the address
/// node inside it, the second has it. Whatever the order, the house is one door, with its address.
struct HomesWithoutAddressImportTests {
    let street = "<node id='1' lat='59.3800' lon='13.5000'/><node id='2' lat='59.3800' lon='13.5040'/>"
    let house = """
        <node id='11' lat='59.3802' lon='13.5018'/><node id='12' lat='59.3802' lon='13.5020'/>
        <node id='13' lat='59.3803' lon='13.5020'/><node id='14' lat='59.3803' lon='13.5018'/>
        """
    let ways = """
        <way id='100'><nd ref='1'/><nd ref='2'/><tag k='highway' v='residential'/><tag k='name' v='Storgatan'/></way>
        <way id='200'><nd ref='11'/><nd ref='12'/><nd ref='13'/><nd ref='14'/><nd ref='11'/><tag k='building' v='house'/></way>
        """
    let address = "<node id='50' lat='59.38025' lon='13.5019'><tag k='addr:street' v='Storgatan'/><tag k='addr:housenumber' v='7'/></node>"

    func file(_ name: String, withAddress: Bool, in directory: URL) -> String {
        Fixtures.file(name, "<osm version='0.6'>\n\(street)\n\(house)\n\(withAddress ? address : "")\n\(ways)\n</osm>\n", in: directory)
    }

    @Test func aHouseWithoutAnAddressInOneFileIsNoneWhereTheOtherFileHasItsAddress() throws {
        for addressFirst in [false, true] {
            let directory = Fixtures.scratch()
            let district = District(databasePath: directory.appendingPathComponent("d.sqlite").path, config: try DistrictConfig.starter)
            let cut = file("west.osm", withAddress: false, in: directory)
            let whole = file("east.osm", withAddress: true, in: directory)
            _ = try district.importOSM(path: addressFirst ? whole : cut)
            #expect(try district.householdSummary().withoutAddress.deliveryPoints == (addressFirst ? 0 : 1))
            _ = try district.importOSM(path: addressFirst ? cut : whole)
            let summary = try district.householdSummary()
            #expect(summary.deliveryPoints == 1 && summary.households == 1, "address first: \(addressFirst)")
            #expect(summary.withoutAddress.deliveryPoints == 0)
            #expect(try district.homesWithoutAddress().isEmpty)
        }
    }
}
