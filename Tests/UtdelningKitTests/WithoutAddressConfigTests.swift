import Foundation
import Households
import Testing

@testable import UtdelningKit

/// The `households.withoutAddress` section: what the coordinator may change, and mistakes named.
struct WithoutAddressConfigTests {
    let district = "district: {name: Kil, deadline: 2030-09-08}\n"

    @Test func theRuleCanBeTightenedOrSwitchedOffKeyByKey() throws {
        let config = try DistrictConfig.parse(district + "households:\n  withoutAddress: {evidenceNeeded: 3, footprintSquareMeters: [80, 200]}\n", path: "c.yaml")
        #expect(config.households.withoutAddress.evidenceNeeded == 3)
        #expect(config.households.withoutAddress.footprintSquareMeters == [80, 200])
        #expect(config.households.withoutAddress.homeTypes == WithoutAddressRules().homeTypes)
        let off = try DistrictConfig.parse(district + "households:\n  withoutAddress: {enabled: false}\n", path: "c.yaml")
        #expect(!off.households.withoutAddress.enabled)
    }

    @Test func aMisspeltKeyOrAnUpsideDownRangeIsNamed() throws {
        let misspelt = try #require(throws: InputFileError.self) {
            try DistrictConfig.parse(district + "households:\n  withoutAddress: {evidenceNeded: 1}\n", path: "c.yaml")
        }
        #expect(misspelt.position == "households.withoutAddress.evidenceNeded")
        #expect(misspelt.message.contains("evidenceNeeded"))
        let range = try #require(throws: InputFileError.self) {
            try DistrictConfig.parse(district + "households:\n  withoutAddress: {footprintSquareMeters: [250, 60]}\n", path: "c.yaml")
        }
        #expect(range.position.hasSuffix(": households.withoutAddress.footprintSquareMeters"))
    }
}
