import Foundation
import Geometry

/// Reads a volunteer list: an organising tool's people export (`first_name`, `last_name`,
/// `email`, `phone`, `street_address`, `zip_code`, `city`) or a sheet with Swedish or
/// English headers, with the same CSV tolerance as the household register.
///
/// | column | names accepted | required |
/// | --- | --- | --- |
/// | name | `name`, `namn`, or `first_name` + `last_name` (`förnamn`, `efternamn`) | yes |
/// | association | `association`, `förening`, `forening` | no: else from the home address |
/// | home | `street_address`/`adress` (+ `zip_code`/`postnummer`, `city`/`ort`), or `lat` + `lon` | no |
/// | capacity | `capacity`, `kapacitet` (areas); `capacity_hours`, `timmar` (hours) | no: 1 area |
/// | mode | `mode`, `färdsätt`: walk/gång, bike/cykel, car/bil | no: walk |
/// | contact | `email`, `e_post`, `phone`, `telefon`, `mobil` | no |
public enum VolunteerFile {
    public struct Row: Sendable, Equatable {
        public var line: Int
        public var volunteer: Volunteer
    }

    public static let columns: [String: [String]] = [
        "name": ["name", "namn", "full_name"],
        "first": ["first_name", "firstname", "förnamn", "fornamn"],
        "last": ["last_name", "lastname", "surname", "efternamn"],
        "association": ["association", "förening", "forening", "partiförening"],
        "street": ["street_address", "address", "adress", "gatuadress", "street"],
        "postcode": ["zip_code", "zip", "postcode", "postnummer", "postnr"],
        "city": ["city", "ort", "postort"],
        "latitude": ["lat", "latitude", "latitud"],
        "longitude": ["lon", "lng", "longitude", "longitud"],
        "capacity": ["capacity", "kapacitet", "capacity_areas", "områden", "omraden"],
        "hours": ["capacity_hours", "hours", "timmar", "kapacitet_timmar"],
        "mode": ["mode", "färdsätt", "fardsatt", "transport"],
        "email": ["email", "e_mail", "e_post", "epost", "mejl"],
        "phone": ["phone", "telefon", "mobil", "mobile", "phone_number"],
    ]

    static let modeWords: [String: Volunteer.Mode] = [
        "walk": .walk, "foot": .walk, "gång": .walk, "gang": .walk, "till fots": .walk, "fots": .walk,
        "bike": .bike, "bicycle": .bike, "cykel": .bike, "car": .car, "bil": .car,
    ]

    public static func read(path: String) throws -> [Row] {
        let table = try CSVTable(path: path)
        func column(_ name: String) -> Int? { table.column(columns[name] ?? []) }
        let name = column("name"), first = column("first"), last = column("last")
        guard name != nil || first != nil || last != nil else {
            throw InputFileError(path: path, position: "line 1", message: "no name column (expected name/namn or first_name + last_name)")
        }
        let latitude = column("latitude"), longitude = column("longitude")
        if (latitude == nil) != (longitude == nil) {
            throw InputFileError(path: path, position: "line 1", message: "a position needs both lat and lon columns")
        }
        var rows: [Row] = []
        for row in table.rows {
            func fail(_ message: String) -> InputFileError { InputFileError(path: path, position: "line \(row.line)", message: message) }
            let fullName = table.value(row, name)
                ?? [table.value(row, first), table.value(row, last)].compactMap { $0 }.joined(separator: " ")
            guard !fullName.trimmingCharacters(in: .whitespaces).isEmpty else { throw fail("no name") }
            var home: Volunteer.Home?
            if let latText = table.value(row, latitude), let lonText = table.value(row, longitude) {
                guard let lat = CSVTable.decimal(latText), (-90.0...90.0).contains(lat) else { throw fail("latitude '\(latText)' is not a latitude") }
                guard let lon = CSVTable.decimal(lonText), (-180.0...180.0).contains(lon) else { throw fail("longitude '\(lonText)' is not a longitude") }
                home = .coordinate(Coordinate(latitude: lat, longitude: lon))
            } else if let street = table.value(row, column("street")) {
                let (streetName, number) = RegisterFile.splitStreetAndNumber(street) ?? (street, "")
                home = .address(Address(street: streetName, houseNumber: number, postcode: table.value(row, column("postcode")), city: table.value(row, column("city"))))
            }
            var capacityAreas: Int?
            if let text = table.value(row, column("capacity")) {
                guard let value = Int(text), value >= 0 else { throw fail("capacity '\(text)' is not a whole number of areas") }
                capacityAreas = value
            }
            var capacityHours: Double?
            if let text = table.value(row, column("hours")) {
                guard let value = CSVTable.decimal(text), value >= 0 else { throw fail("hours '\(text)' is not a number") }
                capacityHours = value
            }
            var mode = Volunteer.Mode.walk
            if let text = table.value(row, column("mode")) {
                guard let parsed = modeWords[text.lowercased()] else { throw fail("mode '\(text)' is not walk, bike or car (gång, cykel, bil)") }
                mode = parsed
            }
            rows.append(Row(line: row.line, volunteer: Volunteer(
                name: fullName.trimmingCharacters(in: .whitespaces), association: table.value(row, column("association")), home: home,
                capacityAreas: capacityAreas, capacityHours: capacityHours, mode: mode,
                email: table.value(row, column("email")), phone: table.value(row, column("phone")))))
        }
        return rows
    }
}
