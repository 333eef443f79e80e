import Foundation
import Households
import TestSupport
import Testing

@testable import UtdelningKit

/// The homes Malmö's map draws without an address, from the import to the volunteer's sheet.
@Suite(.serialized)
struct HomesWithoutAddressListingTests {
    @Test func theSummaryTheListingAndTheSheetsAgreeOnEveryHomeWithoutAnAddress() throws {
        let planned = try SheetsTests.planned()
        let district = planned.district
        let summary = try district.householdSummary()
        let homes = try district.homesWithoutAddress()
        #expect(homes.count == 22)
        #expect(summary.withoutAddress == HouseholdSummary.Tally(deliveryPoints: homes.count, households: homes.map(\.households).reduce(0, +)))
        #expect(homes.allSatisfy { !$0.street.isEmpty && !$0.evidence.isEmpty && $0.association == "Värmland" })
        #expect(zip(homes, homes.dropFirst()).allSatisfy { ($0.street, $0.key) < ($1.street, $1.key) })

        // Every one is planned, and its sheet row says the map has no address for it.
        #expect(planned.report.areas.map(\.households).reduce(0, +) == summary.households)
        let text = try SheetsTests.text(try #require(planned.sheets.files.first?.path))
        #expect(text.components(separatedBy: "Ingen adress i kartan").count - 1 == homes.count)

        // GeoJSON for QGIS: a point at each building, with the evidence.
        let geojson = District.geoJSON(homes)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(geojson.utf8)) as? [String: Any])
        let features = try #require(object["features"] as? [[String: Any]])
        #expect(features.count == homes.count)
        let properties = try #require(features.first?["properties"] as? [String: Any])
        #expect(Set(properties.keys) == ["id", "association", "street", "households", "evidence"])
    }
}
