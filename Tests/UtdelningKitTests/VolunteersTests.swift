import Foundation
import Households
import TestSupport
import Testing
import Vocabulary

@testable import UtdelningKit

/// Volunteers on an imported Malmö (one association, the district's name).
@Suite(.serialized)
struct VolunteersTests {
    func importedMalmo() throws -> District {
        let district = District(databasePath: Fixtures.scratch().appendingPathComponent("d.sqlite").path, config: try DistrictConfig.starter)
        _ = try district.importOSM(path: Fixtures.malmo)
        return district
    }

    let people = """
        first_name,last_name,email,phone,street_address,zip_code,city
        Anna,Ekström,anna.ekstrom@example.org,070-111 22 33,Föreningsgatan 43,,Malmö
        Bo,Ström,bo@example.org,070-222 33 44,,,
        """

    @Test func importingTheSameFileTwiceAddsNoOne() throws {
        let district = try importedMalmo()
        let file = Fixtures.file("people.csv", people + "\n")
        // Bo has no home: the file needs an association column for him, or the import refuses.
        #expect(throws: InputFileError.self) { try district.importVolunteers(path: file) }
        #expect(try district.volunteers().isEmpty)
        let withAssociation = Fixtures.file("people.csv", people.replacingOccurrences(of: "city\n", with: "city,förening\n")
            .replacingOccurrences(of: ",Malmö\n", with: ",Malmö,Värmland\n") + ",Värmland\n")
        let first = try district.importVolunteers(path: withAssociation)
        #expect(first.added == 2)
        let again = try district.importVolunteers(path: withAssociation)
        #expect(again.added == 0 && again.unchanged == 2)
        let listed = try district.volunteers()
        #expect(listed.map(\.name) == ["Anna Ekström", "Bo Ström"])
        // Anna's home was found among the imported addresses.
        #expect(listed[0].home != nil)
        #expect(listed[1].home == nil)
    }

    @Test func anUnknownAssociationIsRefusedWithItsLineAndNothingIsWritten() throws {
        let district = try importedMalmo()
        let file = Fixtures.file("v.csv", "namn;förening\nBo;Värmland\nEva;Atlantis\n")
        let error = try #require(throws: InputFileError.self) { try district.importVolunteers(path: file) }
        #expect(error.position == "line 3")
        #expect(error.message.contains("unknown association 'Atlantis'"))
        #expect(try district.volunteers().isEmpty)
    }

    @Test func everyBadRowIsReportedByLineAndNothingIsWritten() throws {
        let district = try importedMalmo()
        // A bad mode (line 3), a home far from any imported address and no association (line 4),
        // an association the district does not have (line 5); Bo and Ida are fine.
        let file = Fixtures.file("v.csv", """
            namn;förening;färdsätt;adress
            Bo;Värmland;gång;
            Eva;Värmland;skateboard;
            Gun;;cykel;Långtbortavägen 1
            Ola;Atlantis;bil;
            Ida;Värmland;bil;

            """)
        let error = try #require(throws: InputFileErrors.self) { try district.importVolunteers(path: file) }
        #expect(error.errors.map(\.position) == ["line 3", "line 4", "line 5"])
        #expect(error.errors.map(\.message) == [
            "mode 'skateboard' is not walk, bike or car (gång, cykel, bil)",
            "no association, and the home is not an imported address inside one",
            "unknown association 'Atlantis' (known: Värmland)",
        ])
        #expect(error.description.split(separator: "\n").first == "\(file): line 3: mode 'skateboard' is not walk, bike or car (gång, cykel, bil)")
        #expect(UserError(error).kind == .badInput)
        #expect(try district.volunteers().isEmpty)
    }

    @Test func forgettingAVolunteerLeavesNoTraceInTheDatabaseFiles() throws {
        let district = try importedMalmo()
        let file = Fixtures.file("v.csv", "name,association,email,phone\nGunhild Qvarnström,Värmland,gunhild.q@example.org,0709876543\nBo,Värmland,,\n")
        _ = try district.importVolunteers(path: file)
        let gunhild = try #require(try district.volunteers().first { $0.name.hasPrefix("Gunhild") })
        // She reported a delivery: the record stays, her name goes.
        let area = try #require(try district.plan(targetMinutes: 30).areas.first)
        _ = try district.deliver(area: area.id, stops: .all, outcome: .delivered, by: gunhild.name)
        func traces() throws -> Int {
            var found = 0
            for suffix in ["", "-wal", "-shm"] {
                guard let bytes = FileManager.default.contents(atPath: district.databasePath + suffix) else { continue }
                for needle in ["Qvarnstr", "gunhild.q@example", "0709876543"] where bytes.range(of: Data(needle.utf8)) != nil { found += 1 }
            }
            return found
        }
        #expect(try traces() > 0, "the search finds her before she is forgotten")
        try district.forgetVolunteer(id: gunhild.id)
        #expect(try traces() == 0)
        #expect(try district.volunteers().map(\.name) == ["Bo"])
        #expect(try district.coverage().delivered == area.households, "the anonymous record still counts")
        #expect(throws: DistrictError.noVolunteer(gunhild.id)) { try district.forgetVolunteer(id: gunhild.id) }
    }
}

/// `volunteers edit`, the use case the console's form shares: values checked before anything
/// is written, and a revision from a page older than the person refused.
@Suite(.serialized)
struct VolunteerEditTests {
    @Test func anEditChangesCapacityModeAndAssociationAndABadOneNothing() throws {
        let district = try VolunteersTests().importedMalmo()
        _ = try district.importVolunteers(path: Fixtures.file("v.csv", "namn;förening;kapacitet\nBo;Värmland;2\n"))
        let bo = try #require(try district.volunteers().first).id
        #expect(throws: ArgumentError.self) { try VolunteerCapacity(areas: -1) }
        #expect(throws: ArgumentError.self) { try VolunteerCapacity(hours: .infinity) }
        #expect(throws: ArgumentError.self) { try district.editVolunteer(bo, VolunteerChange(capacity: .areas(3), association: "Atlantis")) }
        #expect(try district.volunteer(bo).capacityAreas == 2, "the capacity given beside a bad association was not written")
        let seen = VolunteerRevision(try district.volunteer(bo))
        #expect(VolunteerRevision(token: seen.token) == seen)
        let edited = try district.editVolunteer(bo, VolunteerChange(capacity: try VolunteerCapacity(hours: 4.5), mode: .bike), seen: seen)
        #expect(edited.capacityHours == 4.5 && edited.capacityAreas == nil && edited.mode == .bike && edited.association == "Värmland")
        #expect(try district.volunteer(bo) == edited)
        // The same page's revision again: the person has moved on since.
        #expect(throws: DistrictError.self) { try district.editVolunteer(bo, VolunteerChange(mode: .car), seen: seen) }
        #expect(try district.volunteer(bo).mode == .bike)
        #expect(throws: DistrictError.noVolunteer(VolunteerID(rawValue: 999))) { try district.editVolunteer(VolunteerID(rawValue: 999), VolunteerChange(mode: .car)) }
    }
}
