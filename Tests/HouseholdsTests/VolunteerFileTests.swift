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
        let rows = try VolunteerFile.read(path: path).rows
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
        let rows = try VolunteerFile.read(path: path).rows
        #expect(rows[0].volunteer.association == "Kil")
        #expect(rows[0].volunteer.home == .coordinate(Coordinate(latitude: 59.5, longitude: 13.32)))
        #expect(rows[0].volunteer.capacityAreas == 2)
        #expect(rows[0].volunteer.mode == .bike)
        #expect(rows[1].volunteer.mode == .car)
        #expect(rows[1].volunteer.capacityAreas == nil)
    }

    @Test func everyBadRowIsNamedByItsLineAndTheGoodOnesStillRead() throws {
        let path = Fixtures.file("v.csv", "name,mode,capacity,lat,lon\nBo,walk,1,,\nEva,skateboard,1,,\n,bike,2,,\nGun,car,many,,\nIda,bil,2,59.5,200\nOla,cykel,3,,\n")
        let (rows, problems) = try VolunteerFile.read(path: path)
        #expect(problems == [
            3: "mode 'skateboard' is not walk, bike or car (gång, cykel, bil)",
            4: "no name",
            5: "capacity 'many' is not a whole number of areas",
            6: "longitude '200' is not a longitude",
        ])
        #expect(rows.map(\.volunteer.name) == ["Bo", "Ola"])
        #expect(rows.map(\.line) == [2, 7])
    }

    /// A terminal's colour escape or a bell in a name would act on the coordinator's screen
    /// when `volunteers list` shows it (hostile.py, issue 17): such a row is refused by its line.
    @Test func aRowWithControlCharactersIsRefusedWithoutEchoingThem() throws {
        let path = Fixtures.file("v.csv", "namn;förening;e-post\nKon\u{1B}[31mtroll;Öst;\nBo;Väst\u{7};\nEva;Öst;eva@x.se\u{1}\nOla;Öst;ola@x.se\n")
        let (rows, problems) = try VolunteerFile.read(path: path)
        #expect(problems == [
            2: "the name holds a control character (U+001B); it must be text alone",
            3: "the association holds a control character (U+0007); it must be text alone",
            4: "the email holds a control character (U+0001); it must be text alone",
        ])
        #expect(rows.map(\.volunteer.name) == ["Ola"])
    }

    @Test func aHeaderWithoutNamesIsRefusedAtOnce() throws {
        let nameless = Fixtures.file("v.csv", "email,phone\na@b.se,1\n")
        #expect(throws: InputFileError(path: nameless, position: "line 1", message: "no name column (expected name/namn or first_name + last_name)")) {
            try VolunteerFile.read(path: nameless)
        }
    }
}
