import Foundation
import Geometry
import Households
import Planner
import TestSupport
import Testing

@testable import UtdelningKit

struct DistrictConfigTests {
    @Test func theBuiltInStarterIsConfigDistrictYAML() throws {
        let file = try String(contentsOfFile: Fixtures.root.appendingPathComponent("Config/district.yaml").path, encoding: .utf8)
        #expect(DistrictConfig.starterText == file)
    }

    @Test func theStarterSpellsOutTheDefaultRules() throws {
        let starter = try DistrictConfig.starter
        #expect(starter.households == HouseholdRules())
        #expect(starter.district.deadline == "2030-09-08")
        // Associations are the district's own: the starter shows them only as a commented example.
        #expect(starter.associations.isEmpty)
        #expect(DistrictConfig.starterText.contains("#     - name: Karlstad\n#       contact: Anna Andersson"))
    }

    @Test func omittedRulesTakeTheirDefaults() throws {
        let config = try DistrictConfig.parse("district: {name: Kil, deadline: 2030-09-08}\nhouseholds: {squareMetersPerDwelling: 60}\n", path: "c.yaml")
        #expect(config.households.squareMetersPerDwelling == 60)
        #expect(config.households.defaultLevels == HouseholdRules().defaultLevels)
        #expect(config.associations.isEmpty)
    }

    @Test func theDemoConfigurationLoads() throws {
        let config = try DistrictConfig.load(path: Fixtures.maps("neubrandenburg.yaml"))
        #expect(config.associations.count == 7)
    }

    @Test func mistakesNameTheKey() throws {
        let badDate = try #require(throws: InputFileError.self) {
            try DistrictConfig.parse("district: {name: Kil, deadline: next autumn}\n", path: "c.yaml")
        }
        #expect(badDate.position == "district.deadline")
        let badType = try #require(throws: InputFileError.self) {
            try DistrictConfig.parse("district: {name: Kil, deadline: 2030-09-08}\nhouseholds: {defaultLevels: many}\n", path: "c.yaml")
        }
        #expect(badType.position == "households.defaultLevels")
        let missing = try #require(throws: InputFileError.self) { try DistrictConfig.parse("associations: []\n", path: "c.yaml") }
        #expect(missing.message.contains("district"))
        let misspelt = try #require(throws: InputFileError.self) {
            try DistrictConfig.parse("district: {name: Kil, deadline: 2030-09-08}\nhouseholds: {squareMeterPerDwelling: 60}\n", path: "c.yaml")
        }
        #expect(misspelt.position == "households.squareMeterPerDwelling")
        #expect(misspelt.message.contains("squareMetersPerDwelling"))
        let negative = try #require(throws: InputFileError.self) {
            try DistrictConfig.parse("district: {name: Kil, deadline: 2030-09-08}\nhouseholds: {homeDoorsAgainstWorkLand: -1}\n", path: "c.yaml")
        }
        #expect(negative.position == "line 2: households.homeDoorsAgainstWorkLand")
    }

    @Test func aStartPointAndARuralModeAreChecked() throws {
        let karlstad = try DistrictConfig.parse(
            "district: {name: Värmland, deadline: 2030-09-08}\nassociations:\n  - {name: Karlstad, start: [59.3793, 13.5036]}\n", path: "c.yaml")
        #expect(karlstad.associations.first?.startCoordinate == Coordinate(latitude: 59.3793, longitude: 13.5036))
        let offTheMap = try #require(throws: InputFileError.self) {
            try DistrictConfig.parse(
                "district: {name: Kil, deadline: 2030-09-08}\nassociations:\n  - {name: Kil}\n  - {name: Grums, start: [159.3, 13.4]}\n", path: "c.yaml")
        }
        #expect(offTheMap.position == "associations[1].start")
        let walking = try #require(throws: InputFileError.self) {
            try DistrictConfig.parse("district: {name: Kil, deadline: 2030-09-08}\nplanning: {ruralMode: walk}\n", path: "c.yaml")
        }
        #expect(walking.position == "planning.ruralMode")
        let bike = try DistrictConfig.parse("district: {name: Kil, deadline: 2030-09-08}\nplanning: {ruralMode: bike}\n", path: "c.yaml")
        #expect(bike.planning.ruralMode == .bike)
    }

    @Test func theSheetsSectionHasDefaultsAndChecksItsValues() throws {
        let plain = try DistrictConfig.parse("district: {name: Kil, deadline: 2030-09-08}\n", path: "c.yaml")
        #expect(plain.sheets == SheetRules())
        #expect(plain.sheets.reportURL(area: 7, version: 1) == nil)
        let withBase = try DistrictConfig.parse(
            "district: {name: Kil, deadline: 2030-09-08}\nsheets: {reportBaseURL: 'https://k.example/r/', sparePercent: 3}\n", path: "c.yaml")
        #expect(withBase.sheets.reportURL(area: 7, version: 2) == "https://k.example/r/areas/7?v=2")
        #expect(withBase.sheets.sparePercent == 3)
        let klingon = try #require(throws: InputFileError.self) {
            try DistrictConfig.parse("district: {name: Kil, deadline: 2030-09-08}\nsheets: {language: tlh}\n", path: "c.yaml")
        }
        #expect(klingon.position == "sheets.language")
        let typo = try #require(throws: InputFileError.self) {
            try DistrictConfig.parse("district: {name: Kil, deadline: 2030-09-08}\nsheets: {spare: 3}\n", path: "c.yaml")
        }
        #expect(typo.position == "sheets.spare")
    }
}
