import Foundation
import Households
import TestSupport
import Testing

@testable import UtdelningKit

/// Assigning a planned Malmö (one association) to a few volunteers, through the command line's API.
@Suite(.serialized)
struct AssignTests {
    func planned() throws -> (District, AreasReport) {
        let district = District(databasePath: Fixtures.scratch().appendingPathComponent("d.sqlite").path, config: try DistrictConfig.starter)
        _ = try district.importOSM(path: Fixtures.malmo)
        let report = try district.plan(targetMinutes: 30)
        let people = Fixtures.file("people.csv", """
            namn;förening;lat;lon;kapacitet;färdsätt
            Anna Ekström;Värmland;55,6050;13,0100;3;gång
            Bo Ström;Värmland;55,5950;13,0200;2;bil
            Cecilia Öst;Värmland;55,6000;13,0050;;cykel
            """ + "\n")
        _ = try district.importVolunteers(path: people)
        return (district, report)
    }

    @Test func capacityAndModesAreRespectedAndAreasKnowTheirVolunteer() throws {
        let (district, plan) = try planned()
        let result = try district.assign()
        let people = Dictionary(uniqueKeysWithValues: try district.volunteers().map { ($0.name, $0) })
        let capacity: [Int64: Int] = [people["Anna Ekström"]!.id: 3, people["Bo Ström"]!.id: 2, people["Cecilia Öst"]!.id: 1]
        let areas = try district.areas().areas
        let load = Dictionary(grouping: areas.compactMap(\.volunteer), by: { $0 }).mapValues(\.count)
        #expect(load.allSatisfy { $0.value <= capacity[$0.key] ?? 0 })
        #expect(result.assigned == 6)
        #expect(result.unassigned.count == plan.areas.count - 6)
        // Car rounds only to the driver.
        for area in areas where area.mode == "car" { #expect(area.volunteer == nil || area.volunteer == people["Bo Ström"]?.id) }
        #expect(areas.allSatisfy { $0.status == ($0.volunteer == nil ? "planned" : "assigned") })
        // The JSON says null for an unassigned area, not nothing.
        let json = try JSONText.encode(try district.areas())
        #expect(json.contains("\"volunteer\" : null"))
    }

    @Test func aManualAssignmentIsKeptByTheNextRunAndTheSheetNamesTheVolunteer() throws {
        let (district, plan) = try planned()
        let cecilia = try #require(try district.volunteers().first { $0.name == "Cecilia Öst" })
        let far = try #require(plan.areas.last)
        try district.assignManually(area: far.id, to: cecilia.id)
        _ = try district.assign()
        _ = try district.assign()
        let areas = try district.areas().areas
        #expect(areas.first { $0.id == far.id }?.volunteer == cecilia.id)
        // Her capacity of one is used by the manual area.
        #expect(areas.filter { $0.volunteer == cecilia.id }.count == 1)
        let sheets = try district.writeSheets(to: Fixtures.scratch().path, area: far.id)
        let text = try SheetsTests.text(try #require(sheets.files.first?.path))
        #expect(text.contains("Utdelare: Cecilia Öst"))
        #expect(throws: InputFileError.self) { try district.assignManually(area: far.id, to: 999) }
        try district.assignManually(area: far.id, to: nil)
        #expect(try district.areas().areas.first { $0.id == far.id }?.volunteer == nil)
    }
}
