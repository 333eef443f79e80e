import Foundation
import Geometry
import TestSupport
import Testing

@testable import Households

struct VolunteerFileTests {
    @Test func aPeopleExportGivesNamesContactsAndHomeAddresses() throws {
        let path = Fixtures.file("people.csv", """
            first_name,last_name,email,phone,street_address,zip_code,city
            Anna,Ek,Anna@Example.org,070-111 22 33,Storgatan 12 B,652 24,Karlstad
            Östen,Åberg,,0702223344,,,
            """)
        let rows = try VolunteerFile.read(path: path)
        #expect(rows.map(\.line) == [2, 3])
        let anna = rows[0].volunteer
        #expect(anna.name == "Anna Ek")
        #expect(anna.home == .address(Address(street: "Storgatan", houseNumber: "12 B", postcode: "652 24", city: "Karlstad")))
        #expect(anna.mode == .walk)
        #expect(anna.association == nil)
        #expect(anna.identity == "email:anna@example.org")
        #expect(rows[1].volunteer.identity == "phone:0702223344")
        #expect(rows[1].volunteer.home == nil)
    }

    @Test func swedishHeadersWithSemicolonsAndDecimalCommas() throws {
        let path = Fixtures.file("frivilliga.csv", "\u{FEFF}Namn;Förening;Lat;Lon;Kapacitet;Färdsätt\nBo Ström;Kil;59,50;13,32;2;cykel\nEva Lind;Kil;59,5;13,3;;bil\n")
        let rows = try VolunteerFile.read(path: path)
        #expect(rows[0].volunteer.association == "Kil")
        #expect(rows[0].volunteer.home == .coordinate(Coordinate(latitude: 59.5, longitude: 13.32)))
        #expect(rows[0].volunteer.capacityAreas == 2)
        #expect(rows[0].volunteer.mode == .bike)
        #expect(rows[1].volunteer.mode == .car)
        #expect(rows[1].volunteer.capacityAreas == nil)
    }

    @Test func aBadRowNamesItsLine() throws {
        let mode = Fixtures.file("v.csv", "name,mode\nBo,walk\nEva,skateboard\n")
        #expect(throws: InputFileError(path: mode, position: "line 3", message: "mode 'skateboard' is not walk, bike or car (gång, cykel, bil)")) {
            try VolunteerFile.read(path: mode)
        }
        let capacity = Fixtures.file("v.csv", "name,capacity\nBo,many\n")
        #expect(throws: InputFileError(path: capacity, position: "line 2", message: "capacity 'many' is not a whole number of areas")) {
            try VolunteerFile.read(path: capacity)
        }
        let nameless = Fixtures.file("v.csv", "email,phone\na@b.se,1\n")
        #expect(throws: InputFileError.self) { try VolunteerFile.read(path: nameless) }
    }
}
