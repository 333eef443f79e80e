import Foundation
import TestSupport
import Testing

@testable import Households

struct RegisterFileTests {
    @Test func swedishSpreadsheetCSVWithBOMSemicolonsAndDecimalCommas() throws {
        let text = "\u{FEFF}Gata;Husnummer;Postnummer;Ort;Latitud;Longitud;Hushåll\r\nStorgatan;12 B;652 24;Karlstad;59,3791;13,5036;8\r\n"
        let rows = try RegisterFile.read(path: Fixtures.file("register.csv", text))
        #expect(rows.count == 1)
        let row = try #require(rows.first)
        #expect(row.address == Address(street: "Storgatan", houseNumber: "12 B", postcode: "652 24", city: "Karlstad"))
        #expect(row.coordinate.latitude == 59.3791 && row.coordinate.longitude == 13.5036)
        #expect(row.households == 8)
        #expect(row.line == 2)
    }

    @Test func plainEnglishCSVWithOnlyTheRequiredColumns() throws {
        let rows = try RegisterFile.read(path: Fixtures.file("r.csv", "lat,lon,households\n59.1,13.2,3\n59.2,13.3,0\n"))
        #expect(rows.map(\.households) == [3, 0])
        #expect(rows.allSatisfy { $0.address == nil })
        #expect(rows[0].key != rows[1].key)
    }

    @Test func aCombinedAddressColumnIsSplitAtTheNumber() throws {
        let rows = try RegisterFile.read(path: Fixtures.file("r.csv", "adress;lat;lon;hushåll\nNorra Allén 4 A;59,1;13,2;2\n"))
        #expect(rows.first?.address?.street == "Norra Allén")
        #expect(rows.first?.address?.houseNumber == "4 A")
    }

    @Test(arguments: [
        ("lat;lon;households\n59,1;13,2;3\n59,1;13,2;many\n", "line 3", "households 'many'"),
        ("lat;lon;households\n95;13,2;3\n", "line 2", "latitude 95 is out of range"),
        ("lat;lon;households\n59;200;3\n", "line 2", "longitude 200 is out of range"),
        ("lat;lon;households\n59;x;3\n", "line 2", "longitude 'x' is not a number"),
        ("lat;lon;households\n59;13;-2\n", "line 2", "households '-2'"),
        // 2^63 - 1 overflowed a refresh's sums: exit 132 (found by Tests/Reliability/fuzz.py, seed 2).
        ("lat;lon;households\n59;13;3\n59;13,1;9223372036854775807\n", "line 3", "households 9223372036854775807 is more than an address has (at most 100000)"),
        ("street;lat;households\nA;59;2\n", "line 1", "no longitude column"),
        // An escape in a street would act on the terminal of whoever lists it.
        ("gata;nummer;lat;lon;hushåll\nStorgatan;1;59;13;2\nStor\u{1B}[31mgatan;2;59;13;2\n", "line 3", "the street holds a control character (U+001B)"),
        ("street;lat;lon;households;city\nStorgatan 3;59;13;2;Karl\u{7}stad\n", "line 2", "the city holds a control character (U+0007)"),
    ])
    func badRowsNameTheirLine(text: String, position: String, message: String) throws {
        let path = Fixtures.file("bad.csv", text)
        let error = try #require(throws: InputFileError.self) { try RegisterFile.read(path: path) }
        #expect(error.path == path)
        #expect(error.position == position)
        #expect(error.message.contains(message))
    }

    @Test func emptyMissingAndNonUTF8FilesAreRefused() throws {
        let empty = try #require(throws: InputFileError.self) { try RegisterFile.read(path: Fixtures.file("e.csv", "")) }
        #expect(empty.message == "the file is empty")
        let missing = try #require(throws: MissingFileError.self) { try RegisterFile.read(path: "/nonexistent.csv") }
        #expect(missing == MissingFileError(path: "/nonexistent.csv", reason: .notFound))
        let latin1 = Fixtures.file("l.csv", bytes: Data("lat;lon;households\ngata;59;13\n".utf8) + Data([0xE5, 0x0A]))
        let encoding = try #require(throws: InputFileError.self) { try RegisterFile.read(path: latin1) }
        #expect(encoding.position == "line 3")
    }
}
