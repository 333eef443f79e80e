import DistrictGenerator
import Foundation
import GRDB
import Households
import TestSupport
import Testing

@testable import UtdelningKit

/// Boundaries imported again over a running campaign: an association that goes
/// never takes its volunteers, areas and reports with it unless the coordinator says so.
@Suite(.serialized)
struct AssociationSuccessionTests {
    /// Neubrandenburg's centre cut in two at 13.256° E, under these names.
    static func boundaries(west: String = "Weststadt", east: String = "Oststadt") throws -> String {
        try String(contentsOfFile: Fixtures.neubrandenburgCentre, encoding: .utf8)
            .replacingOccurrences(of: "\"Weststadt\"", with: "\"\(west)\"").replacingOccurrences(of: "\"Oststadt\"", with: "\"\(east)\"")
    }

    /// Anna lives in the west, Bo in the east, Cecilia in Karlstad, far outside; David's home is unknown.
    static func volunteers(association: (String) -> String) -> String {
        """
        namn;förening;lat;lon
        Anna Ekström;\(association("west"));53,5560;13,2530
        Bo Ström;\(association("east"));53,5560;13,2600
        Cecilia Öst;\(association("east"));59,3793;13,5036
        David Berg;\(association("east"));;
        """ + "\n"
    }

    func district() throws -> District {
        let district = District(databasePath: Fixtures.scratch().appendingPathComponent("d.sqlite").path, config: try DistrictConfig.starter)
        _ = try district.importOSM(path: Fixtures.neubrandenburgWest)
        return district
    }

    /// A campaign under way: planned, assigned, one area of Oststadt delivered and one locked.
    func campaign() throws -> (District, boundaries: String) {
        let district = try district()
        let boundaries = Fixtures.file("associations.geojson", try Self.boundaries())
        _ = try district.importBoundaries(path: boundaries, nameProperty: "namn")
        _ = try district.plan(targetMinutes: 30)
        _ = try district.importVolunteers(path: Fixtures.file("v.csv", Self.volunteers { $0 == "west" ? "Weststadt" : "Oststadt" }))
        _ = try district.assign()
        let east = try district.areas(association: "Oststadt").areas
        try #require(east.count >= 2)
        _ = try district.deliver(area: east[0].id, stops: .all, outcome: .delivered, by: "Bo Ström")
        try district.lockArea(east[1].id)
        return (district, boundaries)
    }

    func associationIDs(_ district: District) throws -> [String: Int64] {
        try DatabaseQueue(path: district.databasePath).read { db in
            Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT name, id FROM association").map { ($0[0], $0[1]) })
        }
    }

    func deliveryCount(_ district: District) throws -> Int {
        try DatabaseQueue(path: district.databasePath).read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM delivery") ?? 0 }
    }

    /// Each area as id, association, points, volunteer, lock and status: what a rename must keep.
    func areaLines(_ district: District) throws -> [String] {
        try district.areas().areas.map { "\($0.id) \($0.association) \($0.deliveryPoints) \($0.volunteer ?? 0) \($0.locked) \($0.status)" }
            .sorted { $0.localizedStandardCompare($1) == .orderedAscending }
    }

    @Test func aRenamedAssociationIsRefusedUntilTheRenameIsSaidThenKeepsItsCampaign() throws {
        let (district, boundaries) = try campaign()
        let before = try contentDump(district.databasePath)
        let ids = try associationIDs(district)
        let areas = try areaLines(district)
        let people = try district.volunteers(association: "Oststadt")
        let delivered = try district.coverage().delivered
        #expect(delivered > 0)

        // The same file next season, with the eastern association under a new name.
        _ = Fixtures.file("associations.geojson", try Self.boundaries(east: "Östra staden"), in: URL(fileURLWithPath: boundaries).deletingLastPathComponent())
        let eastAreas = try district.areas(association: "Oststadt").areas.count
        let reports = try deliveryCount(district)
        let refused = try #require(throws: InputFileError.self) { try district.importBoundaries(path: boundaries, nameProperty: "namn") }
        #expect(refused.description == "\(boundaries): would drop 'Oststadt' (3 volunteers, \(eastAreas) areas, \(reports) delivery reports); use --rename OLD=NEW or --drop NAME")
        #expect(UserError(refused).kind == .badInput)
        #expect(try contentDump(district.databasePath) == before)

        let (_, refresh) = try district.importBoundaries(path: boundaries, nameProperty: "namn", renames: ["Oststadt": "Östra staden"])
        #expect(refresh.associations.renamed == [.init(from: "Oststadt", to: "Östra staden")])
        #expect(refresh.associations.removed.isEmpty)
        #expect(try associationIDs(district) == ["Weststadt": ids["Weststadt"] ?? 0, "Östra staden": ids["Oststadt"] ?? 0])
        #expect(try areaLines(district) == areas.map { $0.replacingOccurrences(of: "Oststadt", with: "Östra staden") })
        #expect(try district.volunteers(association: "Östra staden").map(\.id) == people.map(\.id))
        #expect(try deliveryCount(district) == reports)
        #expect(try district.coverage().delivered == delivered)
        #expect(try district.householdSummary().associations.map(\.name) == ["Weststadt", "Östra staden"])
    }

    @Test func aDroppedAssociationGoesWithItsAreasWhileItsVolunteersMoveToTheirHomes() throws {
        let (district, boundaries) = try campaign()
        let bo = try #require(try district.volunteers().first { $0.name == "Bo Ström" })
        let reports = try deliveryCount(district)
        let eastAreas = try district.areas(association: "Oststadt").areas.count
        _ = Fixtures.file("associations.geojson", try Self.boundaries(east: "Östra staden"), in: URL(fileURLWithPath: boundaries).deletingLastPathComponent())

        let (_, refresh) = try district.importBoundaries(path: boundaries, nameProperty: "namn", drops: ["Oststadt"])
        // Cecilia lives outside and David's home is unknown: they go with the association.
        #expect(refresh.associations.removed == [.init(name: "Oststadt", areas: eastAreas, volunteers: 2)])
        #expect(refresh.associations.movedVolunteers == 1)
        #expect(try district.volunteers().map(\.name) == ["Anna Ekström", "Bo Ström"])
        #expect(try district.volunteers(association: "Östra staden").map(\.id) == [bo.id])
        #expect(try district.areas(association: "Östra staden").areas.isEmpty)
        #expect(try district.areas(association: "Weststadt").areas.count > 0)
        // Reports are records of doors, not of the association: they stay.
        #expect(try deliveryCount(district) == reports)
    }

    @Test func volunteersOfTheDistrictsStandInMoveToTheAssociationTheirHomeLiesIn() throws {
        let district = try district()
        _ = try district.importVolunteers(path: Fixtures.file("v.csv", Self.volunteers { _ in "Värmland" }))
        let people = Dictionary(uniqueKeysWithValues: try district.volunteers().map { ($0.name, $0.id) })
        let before = try contentDump(district.databasePath)
        let boundaries = Fixtures.file("associations.geojson", try Self.boundaries())

        let refused = try #require(throws: InputFileError.self) { try district.importBoundaries(path: boundaries, nameProperty: "namn") }
        let cecilia = people["Cecilia Öst"] ?? 0, david = people["David Berg"] ?? 0
        #expect(refused.message == """
            would drop 'Värmland' (2 volunteers: Cecilia Öst (id \(cecilia)) lives outside every association, \
            David Berg (id \(david)) has no home); use --rename OLD=NEW or --drop NAME
            """)
        #expect(try contentDump(district.databasePath) == before)

        let (_, refresh) = try district.importBoundaries(path: boundaries, nameProperty: "namn", drops: ["Värmland"])
        #expect(refresh.associations.movedVolunteers == 2)
        #expect(refresh.associations.removed == [.init(name: "Värmland", areas: 0, volunteers: 2)])
        #expect(try district.volunteers().map { "\($0.id) \($0.name) \($0.association)" } == [
            "\(people["Bo Ström"] ?? 0) Bo Ström Oststadt", "\(people["Anna Ekström"] ?? 0) Anna Ekström Weststadt",
        ])
    }

    @Test func theStandInsAreasAreCampaignStateButItsVolunteersMoveWithoutAWord() throws {
        let homes = Self.volunteers { _ in "Värmland" }.split(separator: "\n").prefix(3).joined(separator: "\n") + "\n"
        let boundaries = Fixtures.file("associations.geojson", try Self.boundaries())
        // No areas yet: the volunteers move and the stand-in goes.
        let early = try district()
        _ = try early.importVolunteers(path: Fixtures.file("v.csv", homes))
        let (_, moved) = try early.importBoundaries(path: boundaries, nameProperty: "namn")
        #expect(moved.associations.movedVolunteers == 2)
        #expect(try early.volunteers().map(\.association) == ["Oststadt", "Weststadt"])

        // Areas planned for the whole district belong to no association the boundaries make.
        let planned = try district()
        _ = try planned.importVolunteers(path: Fixtures.file("v.csv", homes))
        let areas = try planned.plan(targetMinutes: 30).areas.count
        _ = try planned.assign()
        let before = try contentDump(planned.databasePath)
        let refused = try #require(throws: InputFileError.self) { try planned.importBoundaries(path: boundaries, nameProperty: "namn") }
        #expect(refused.message == "would drop 'Värmland' (\(areas) areas); use --rename OLD=NEW or --drop NAME")
        #expect(try contentDump(planned.databasePath) == before)
        let (_, dropped) = try planned.importBoundaries(path: boundaries, nameProperty: "namn", drops: ["Värmland"])
        #expect(dropped.associations.removed == [.init(name: "Värmland", areas: areas, volunteers: 0)])
        #expect(try planned.areas().areas.isEmpty)
        #expect(try planned.volunteers().map(\.association) == ["Oststadt", "Weststadt"])
    }

    @Test func aChoiceThatFitsNothingIsRefusedNamingIt() throws {
        let (district, boundaries) = try campaign()
        let before = try contentDump(district.databasePath)
        let cases: [([String: String], Set<String>, String)] = [
            (["Atlantis": "Weststadt"], [], "--rename Atlantis=Weststadt: no association 'Atlantis' (there are 'Oststadt', 'Weststadt')"),
            (["Weststadt": "Oststadt"], [], "--rename Weststadt=Oststadt: 'Weststadt' stays an association"),
            ([:], ["Weststadt"], "--drop Weststadt: 'Weststadt' stays an association"),
            ([:], ["Atlantis"], "--drop Atlantis: no association 'Atlantis' (there are 'Oststadt', 'Weststadt')"),
        ]
        for (renames, drops, message) in cases {
            let error = try #require(throws: InputFileError.self) {
                try district.importBoundaries(path: boundaries, nameProperty: "namn", renames: renames, drops: drops)
            }
            #expect(error.description == "\(boundaries): \(message)")
            #expect(try contentDump(district.databasePath) == before)
        }
    }
}

extension AssociationSuccessionTests {
    func calibration(_ district: District) throws -> [String] {
        try DatabaseQueue(path: district.databasePath).read { db in
            try Row.fetchAll(db, sql: "SELECT buildingType, associationName, samples, squareMetersPerDwelling FROM calibration ORDER BY id")
                .map { "\($0[0] as String) \($0[1] as String? ?? "-") \($0[2] as Int) \($0[3] as Double)" }
        }
    }

    @Test func aRenameCarriesTheAssociationsCalibrationAlong() throws {
        // Generated Kil and Grums: their buildings carry building:flats, so each has a calibration of its own.
        let counties = Fixtures.shared("boundaries/varmland-kommuner.geojson")
        let kilAndGrums = try BoundaryFile.read(path: counties, nameProperty: "kommun").filter { $0.name == "Kil" || $0.name == "Grums" }
        let map = Fixtures.scratch().appendingPathComponent("district.osm")
        _ = try DistrictGenerator.generate(
            municipalities: kilAndGrums, localities: try LocalityFile.read(path: Fixtures.shared("places/tatorter.osm")), options: .init(), to: map)
        let district = District(databasePath: Fixtures.scratch().appendingPathComponent("d.sqlite").path, config: try DistrictConfig.starter)
        _ = try district.importOSM(path: map.path)
        let text = try String(contentsOfFile: counties, encoding: .utf8)
        let boundaries = Fixtures.file("kommuner.geojson", text)
        _ = try district.importBoundaries(path: boundaries, nameProperty: "kommun")
        _ = try district.importVolunteers(path: Fixtures.file("v.csv", "namn;förening\nAnna Ekström;Kil\n"))
        let before = try calibration(district)
        #expect(before.contains { $0.contains(" Kil ") })

        _ = Fixtures.file("kommuner.geojson", text.replacingOccurrences(of: #""kommun": "Kil""#, with: #""kommun": "Kils kommun""#),
            in: URL(fileURLWithPath: boundaries).deletingLastPathComponent())
        _ = try district.importBoundaries(path: boundaries, nameProperty: "kommun", renames: ["Kil": "Kils kommun"])
        #expect(try calibration(district).sorted() == before.map { $0.replacingOccurrences(of: " Kil ", with: " Kils kommun ") }.sorted())
    }
}
