import Foundation
import Geometry

/// Reads an address register CSV. Columns (Swedish or English names, any order):
///
/// | column | names accepted | required |
/// | --- | --- | --- |
/// | latitude (WGS84) | `lat`, `latitude`, `latitud` | yes |
/// | longitude (WGS84) | `lon`, `lng`, `longitude`, `longitud` | yes |
/// | households | `households`, `hushåll`, `antal_hushåll`, `hushall` | yes |
/// | street | `street`, `gata`, `gatunamn`, `address`, `adress`, `gatuadress` | no |
/// | house number | `number`, `housenumber`, `house_number`, `nummer`, `husnummer`, `gatunummer` | no |
/// | postcode | `postcode`, `zip`, `zip_code`, `postnummer`, `postnr` | no |
/// | city | `city`, `ort`, `postort` | no |
///
/// An `adress` column without a number column is split at its last word
/// ("Storgatan 12 B" → "Storgatan", "12 B").
public enum RegisterFile {
    /// Households one address may have: the largest blocks have a few thousand flats.
    public static let mostHouseholds = 100_000

    public static let columns: [String: [String]] = [
        "latitude": ["lat", "latitude", "latitud"],
        "longitude": ["lon", "lng", "long", "longitude", "longitud"],
        "households": ["households", "hushåll", "antal_hushåll", "hushall", "antal_hushall"],
        "street": ["street", "gata", "gatunamn", "address", "adress", "gatuadress", "street_address"],
        "number": ["number", "housenumber", "house_number", "nummer", "husnummer", "gatunummer", "nr"],
        "postcode": ["postcode", "zip", "zip_code", "postnummer", "postnr", "postal_code"],
        "city": ["city", "ort", "postort", "town"],
    ]

    public static func read(path: String) throws -> [RegisterRow] {
        let table = try CSVTable(path: path)
        func required(_ name: String) throws -> Int {
            guard let index = table.column(columns[name] ?? []) else {
                throw InputFileError(
                    path: path, position: "line 1",
                    message: "no \(name) column (expected one of: \((columns[name] ?? []).joined(separator: ", ")))")
            }
            return index
        }
        let lat = try required("latitude")
        let lon = try required("longitude")
        let households = try required("households")
        let street = table.column(columns["street"] ?? [])
        let number = table.column(columns["number"] ?? [])
        let postcode = table.column(columns["postcode"] ?? [])
        let city = table.column(columns["city"] ?? [])

        var rows: [RegisterRow] = []
        for row in table.rows {
            let at = "line \(row.line)"
            func fail(_ message: String) -> InputFileError { InputFileError(path: path, position: at, message: message) }
            let latText = table.value(row, lat) ?? ""
            let lonText = table.value(row, lon) ?? ""
            guard let latitude = CSVTable.decimal(latText) else { throw fail("latitude '\(latText)' is not a number") }
            guard let longitude = CSVTable.decimal(lonText) else { throw fail("longitude '\(lonText)' is not a number") }
            guard (-90.0...90.0).contains(latitude) else { throw fail("latitude \(latText) is out of range (-90 to 90)") }
            guard (-180.0...180.0).contains(longitude) else { throw fail("longitude \(lonText) is out of range (-180 to 180)") }
            let countText = table.value(row, households) ?? ""
            guard let count = Int(countText), count >= 0 else {
                throw fail("households '\(countText)' is not a whole number of 0 or more")
            }
            // More than any address holds; 2^63 - 1 overflowed the sums of a refresh (found
            // by Tests/Reliability/fuzz.py: exit 132).
            guard count <= Self.mostHouseholds else {
                throw fail("households \(count) is more than an address has (at most \(Self.mostHouseholds))")
            }
            // Refused where read, as a volunteer's name is: an escape in a street would act
            // on the terminal of whoever lists it.
            for (field, column) in [("street", street), ("number", number), ("postcode", postcode), ("city", city)] {
                if let code = table.value(row, column).flatMap(ControlCharacters.first(in:)) { throw fail(ControlCharacters.refusal(field, code)) }
            }
            var address: Address?
            if var streetName = table.value(row, street) {
                var houseNumber = table.value(row, number)
                if houseNumber == nil, let split = splitStreetAndNumber(streetName) {
                    (streetName, houseNumber) = split
                }
                if let houseNumber {
                    address = Address(street: streetName, houseNumber: houseNumber, postcode: table.value(row, postcode), city: table.value(row, city))
                }
            }
            rows.append(RegisterRow(line: row.line, address: address, coordinate: Coordinate(latitude: latitude, longitude: longitude), households: count))
        }
        return rows
    }

    /// "Storgatan 12 B" → ("Storgatan", "12 B"): the number starts at the last word that begins with a digit.
    static func splitStreetAndNumber(_ text: String) -> (String, String)? {
        let words = text.split(separator: " ")
        guard let index = words.lastIndex(where: { $0.first?.isNumber == true }), index > 0 else { return nil }
        return (words[..<index].joined(separator: " "), words[index...].joined(separator: " "))
    }
}
