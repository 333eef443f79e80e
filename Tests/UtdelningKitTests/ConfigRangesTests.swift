import Foundation
import Households
import TestSupport
import Testing
import Vocabulary

@testable import UtdelningKit

/// Issue 17: every numeric key of the configuration is checked on load, with its key and line;
/// before, these values trapped in `plan` (exit 132), ran it for minutes, or broke a CHECK.
struct ConfigRangesTests {
    func refusal(_ section: String, _ key: String, _ value: String) throws -> InputFileError {
        let text = "district: {name: Kil, deadline: 2030-09-08}\n\(section):\n  \(key): \(value)\n"
        return try #require(throws: InputFileError.self) { try DistrictConfig.parse(text, path: "c.yaml") }
    }

    @Test(arguments: [
        ("planning", "targetMinutes", "0"), ("walking", "walkingSpeedMetersPerSecond", "0"), ("planning", "secondsPerHousehold", "1e309"),
        ("planning", "bridgeMeters", "1e9"), ("planning", "secondsPerDeliveryPoint", "-5"), ("planning", "tolerance", ".nan"),
        ("planning", "maxPapers", "0"), ("households", "squareMetersPerDwelling", "0"), ("sheets", "sparePercent", "101"),
    ])
    func aValueOutOfRangeNamesItsKeyAndLine(section: String, key: String, value: String) throws {
        let error = try refusal(section, key, value)
        #expect(error.position == "line 3: \(section).\(key)")
        #expect(error.message.hasPrefix("must be "))
        #expect(!error.description.contains("\n"))
    }

    @Test func theBoundOfBridgeMetersIsSaid() throws {
        let error = try refusal("planning", "bridgeMeters", "5000")
        #expect(error.description == "c.yaml: line 3: planning.bridgeMeters: must be from 0 to 1000 m, not 5000")
    }

    @Test func aNestedKeyAndAPairAreChecked() throws {
        let text = "district: {name: Kil, deadline: 2030-09-08}\nhouseholds:\n  withoutAddress:\n    footprintSquareMeters: [250, 60]\n"
        let error = try #require(throws: InputFileError.self) { try DistrictConfig.parse(text, path: "c.yaml") }
        #expect(error.position == "line 4: households.withoutAddress.footprintSquareMeters")
    }

    @Test func aCountMustBeWhole() {
        #expect(ConfigRange.maxPapers.problem(2.5) == "must be a whole number from 1 to 10000 papers, not 2.5")
    }

    @Test func theFlagAndTheKeyShareTheirWords() {
        #expect(ConfigRange.targetMinutes.problem(0) == "must be from 5 to 600 minutes, not 0")
        #expect(ConfigRange.targetMinutes.problem(90) == nil)
    }

    /// Every numeric property of the configuration's sections has a range, and the starter's
    /// values lie in it.
    @Test func everyNumericKeyHasARange() throws {
        let starter = try DistrictConfig.starter
        let sections: [(String, Any)] = [
            ("households", starter.households), ("households.withoutAddress", starter.households.withoutAddress),
            ("walking", starter.walking), ("planning", starter.planning), ("sheets", starter.sheets), ("links", starter.links),
        ]
        let keys = Set(ConfigRange.all.map(\.key))
        var numeric = 0
        for (section, value) in sections {
            for child in Mirror(reflecting: value).children {
                guard let label = child.label, child.value is Double || child.value is Int || child.value is [Double] || child.value is Minutes else { continue }
                numeric += 1
                #expect(keys.contains("\(section).\(label)"), "\(section).\(label) has no range")
            }
        }
        #expect(numeric == ConfigRange.all.count)
        for range in ConfigRange.all { #expect(range.problem(in: starter) == nil, "\(range.key)") }
    }

    /// The documented table is the one the code checks.
    @Test func theRangesAreDocumented() throws {
        let file = try String(contentsOfFile: Fixtures.root.appendingPathComponent("Config/RANGES.md").path, encoding: .utf8)
        #expect(file.contains(ConfigRange.table), "Config/RANGES.md is out of date; its table is:\n\(ConfigRange.table)")
    }
}
