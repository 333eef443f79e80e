import Foundation
import Geometry
import Households
import Store
import TestSupport
import Testing

@testable import UtdelningKit
import Vocabulary

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
        let capacity: [VolunteerID: Int] = [people["Anna Ekström"]!.id: 3, people["Bo Ström"]!.id: 2, people["Cecilia Öst"]!.id: 1]
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
        _ = try district.assignManually(area: far.id, to: cecilia.id)
        _ = try district.assign()
        _ = try district.assign()
        let areas = try district.areas().areas
        #expect(areas.first { $0.id == far.id }?.volunteer == cecilia.id)
        // Her capacity of one is used by the manual area.
        #expect(areas.filter { $0.volunteer == cecilia.id }.count == 1)
        let sheets = try district.writeSheets(to: Fixtures.scratch().path, area: far.id)
        let text = try SheetsTests.text(try #require(sheets.files.first?.path))
        #expect(text.contains("Utdelare: Cecilia Öst"))
        #expect(throws: DistrictError.noVolunteer(999)) { try district.assignManually(area: far.id, to: 999) }
        _ = try district.assignManually(area: far.id, to: nil)
        #expect(try district.areas().areas.first { $0.id == far.id }?.volunteer == nil)
    }

    /// Area and volunteer of every assignment, as "area→volunteer".
    func pairs(_ district: District) throws -> Set<String> {
        Set(try district.assignments().assignments.map { "\($0.area)→\($0.volunteer)" })
    }

    func id(_ district: District, _ name: String) throws -> VolunteerID {
        try #require(try district.volunteers().first { $0.name == name }).id
    }

    @Test func aNewVolunteerGetsOpenAreasAndNobodyElseLosesOne() throws {
        let (district, _) = try planned()
        _ = try district.assign()
        let before = try pairs(district)
        // Dora lives where Anna does: a run from scratch would share Anna's areas with her.
        _ = try district.importVolunteers(path: Fixtures.file("more.csv", "namn;förening;lat;lon;kapacitet\nDora Berg;Värmland;55,6050;13,0100;2\n"))
        let run = try district.assign()
        let after = try pairs(district)
        #expect(before.isSubset(of: after))
        #expect(after.count == before.count + 2)
        #expect(run.assigned == 2)
        let given = run.associations.flatMap(\.volunteers)
        #expect(given.map(\.name) == ["Dora Berg"])
        #expect(given.first?.areas.count == 2 && given.first?.holds == 2 && given.first?.capacity == 2)
    }

    @Test func anAreaTakenOffByHandDoesNotGoBackAndNobodyLosesAreas() throws {
        let (district, _) = try planned()
        _ = try district.assign()
        let anna = try id(district, "Anna Ekström")
        let cecilia = try id(district, "Cecilia Öst")
        let annas = try district.assignments().assignments.filter { $0.volunteer == anna }.map(\.area)
        try #require(annas.count == 3)
        // Like `assign 26 --to 2`: Cecilia, who can take one area and holds one, gets a second.
        let moved = try district.assignManually(area: annas[0], to: cecilia)
        #expect(moved.previous == anna)
        #expect(moved.warnings == [.overCapacity(volunteer: cecilia, areas: 2, capacity: 1)])
        // Like `unassign 44`.
        let taken = try district.assignManually(area: annas[1], to: nil)
        #expect(taken.previous == anna && taken.warnings.isEmpty)
        let kept = try pairs(district)
        let run = try district.assign()
        let after = try district.assignments().assignments
        #expect(kept.isSubset(of: Set(after.map { "\($0.area)→\($0.volunteer)" })), "an assign took areas from someone")
        #expect(after.first { $0.area == annas[1] }?.volunteer != anna, "the area went back to the volunteer it was taken from")
        #expect(after.first { $0.area == annas[0] }.map { ($0.volunteer, $0.manual) } ?? (0, false) == (cecilia, true))
        // Anna had room for two more and got two others.
        let annaNow = try #require(run.associations.flatMap(\.volunteers).first { $0.id == anna })
        #expect(annaNow.areas.count == 2 && !annaNow.areas.contains(annas[1]) && annaNow.holds == 3)
        // Given back to her by hand, the area is hers again.
        _ = try district.assignManually(area: annas[1], to: anna)
        #expect(try pairs(district).contains("\(annas[1])→\(anna)"))
    }

    @Test func aRebalanceMovesAutomaticAreasOnlyAndListsTheMoves() throws {
        let (district, _) = try planned()
        _ = try district.assign()
        let anna = try id(district, "Anna Ekström")
        let annas = try district.assignments().assignments.filter { $0.volunteer == anna }.map(\.area)
        try #require(annas.count == 3)
        _ = try district.assignManually(area: annas[2], to: anna)
        // Dora lives at the start of one of Anna's areas; a plain assign gives her open ones.
        let start = try firstStop(district, area: annas[0])
        let dora = Fixtures.file("dora.csv", "namn;förening;lat;lon;kapacitet\nDora Berg;Värmland;\(start.latitude);\(start.longitude);1\n")
        _ = try district.importVolunteers(path: dora)
        _ = try district.assign()
        let before = try district.assignments().assignments
        let rebalanced = try district.assign(rebalance: true)
        let after = try district.assignments().assignments
        let holderBefore = Dictionary(uniqueKeysWithValues: before.map { ($0.area, $0.volunteer) })
        let holderAfter = Dictionary(uniqueKeysWithValues: after.map { ($0.area, $0.volunteer) })
        #expect(rebalanced.moves.contains { $0.area == annas[0] && $0.from == anna && $0.toName == "Dora Berg" })
        for move in rebalanced.moves {
            #expect(holderBefore[move.area] == move.from && holderAfter[move.area] == move.to)
        }
        // Every change is listed: a move from someone, or an area given.
        let changed = Set(holderBefore.keys).union(holderAfter.keys).filter { holderBefore[$0] != holderAfter[$0] }
        #expect(changed == Set(rebalanced.moves.map(\.area)).union(rebalanced.associations.flatMap(\.volunteers).flatMap(\.areas)))
        // The manual area stands; areas are not lost; a second rebalance has nothing to move.
        #expect(holderAfter[annas[2]] == anna)
        #expect(after.count >= before.count)
        #expect(try district.assign(rebalance: true).moves.isEmpty)
    }

    @Test func associationsAreNamedInAnyCaseAndCrossingOneIsWarned() throws {
        let district = District(databasePath: Fixtures.scratch().appendingPathComponent("d.sqlite").path, config: try DistrictConfig.starter)
        _ = try district.importOSM(path: Fixtures.malmo)
        _ = try district.importBoundaries(path: Fixtures.file("b.geojson", ImportTests.malmoBoundaries), nameProperty: "namn")
        _ = try district.plan(targetMinutes: 30)
        _ = try district.importVolunteers(path: Fixtures.file("p.csv", "namn;förening;lat;lon;kapacitet;färdsätt\nAnna;Väster;55,60;12,99;1;bil\nBo;Öster;55,60;13,01;1;gång\n"))
        let run = try district.assign(association: "väster")
        #expect(run.associations.map(\.name) == ["Väster"])
        #expect(run.assigned == 1)
        #expect(try district.assignments().assignments.map(\.association) == ["Väster"])
        // Väster's one area is a car round; Anna drives.
        let oster = try #require(try district.areas().areas.first { $0.association == "Öster" && $0.mode == "walk" })
        let anna = try id(district, "Anna")
        let crossing = try district.assignManually(area: oster.id, to: anna)
        #expect(crossing.warnings.contains(.otherAssociation(area: oster.id, association: "Öster", volunteer: anna, volunteerAssociation: "Väster")))
        #expect(crossing.warnings.contains(.overCapacity(volunteer: anna, areas: 2, capacity: 1)))
        let listed = try district.assignments(association: "ÖSTER").assignments
        #expect(listed.map(\.area) == [oster.id] && listed.first?.manual == true && listed.first?.volunteerName == "Anna")
        #expect(throws: DistrictError.unknownAssociation("Atlantis", known: ["Väster", "Öster"])) { try district.assignments(association: "Atlantis") }
    }

    /// Where an area begins, as stored.
    func firstStop(_ district: District, area: AreaID) throws -> Coordinate {
        let store = try DistrictStore(path: district.databasePath)
        return try #require(try store.read { tx in
            let key = try tx.areas().first { $0.id == area }?.route.first
            return try tx.points().first { $0.point.key == key }?.point.coordinate
        })
    }
}

