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

    /// The rows that read well, and what is wrong with each of the others, by line: a file
    /// with many bad rows is reported whole. A header without names or with half a position
    /// is refused at once.
    public static func read(path: String) throws -> (rows: [Row], problems: [Int: String]) {
        let table = try CSVTable(path: path)
        func column(_ name: String) -> Int? { table.column(columns[name] ?? []) }
        guard column("name") != nil || column("first") != nil || column("last") != nil else {
            throw InputFileError(path: path, position: "line 1", message: "no name column (expected name/namn or first_name + last_name)")
        }
        if (column("latitude") == nil) != (column("longitude") == nil) {
            throw InputFileError(path: path, position: "line 1", message: "a position needs both lat and lon columns")
        }
        var rows: [Row] = []
        var problems: [Int: String] = [:]
        for row in table.rows {
            do throws(Problem) {
                rows.append(Row(line: row.line, volunteer: try volunteer(row, in: table)))
            } catch {
                problems[row.line] = error.message
            }
        }
        return (rows, problems)
    }

    /// What is wrong with one row.
    private struct Problem: Error {
        let message: String
        init(_ message: String) { self.message = message }
    }

    private static func volunteer(_ row: CSVTable.Row, in table: CSVTable) throws(Problem) -> Volunteer {
        func value(_ name: String) -> String? { table.value(row, table.column(columns[name] ?? [])) }
        let fullName = value("name") ?? [value("first"), value("last")].compactMap { $0 }.joined(separator: " ")
        guard !fullName.trimmingCharacters(in: .whitespaces).isEmpty else { throw Problem("no name") }
        for (field, text) in [("name", fullName), ("association", value("association")), ("email", value("email")), ("phone", value("phone"))] {
            if let code = text.flatMap(ControlCharacters.first(in:)) { throw Problem(ControlCharacters.refusal(field, code)) }
        }
        var home: Volunteer.Home?
        if let latText = value("latitude"), let lonText = value("longitude") {
            guard let lat = CSVTable.decimal(latText), (-90.0...90.0).contains(lat) else { throw Problem("latitude '\(latText)' is not a latitude") }
            guard let lon = CSVTable.decimal(lonText), (-180.0...180.0).contains(lon) else { throw Problem("longitude '\(lonText)' is not a longitude") }
            home = .coordinate(Coordinate(latitude: lat, longitude: lon))
        } else if let street = value("street") {
            let (streetName, number) = RegisterFile.splitStreetAndNumber(street) ?? (street, "")
            home = .address(Address(street: streetName, houseNumber: number, postcode: value("postcode"), city: value("city")))
        }
        var capacityAreas: Int?
        if let text = value("capacity") {
            guard let parsed = Int(text), parsed >= 0 else { throw Problem("capacity '\(text)' is not a whole number of areas") }
            capacityAreas = parsed
        }
        var capacityHours: Double?
        if let text = value("hours") {
            guard let parsed = CSVTable.decimal(text), parsed >= 0 else { throw Problem("hours '\(text)' is not a number") }
            capacityHours = parsed
        }
        var mode = Volunteer.Mode.walk
        if let text = value("mode") {
            guard let parsed = modeWords[text.lowercased()] else { throw Problem("mode '\(text)' is not walk, bike or car (gång, cykel, bil)") }
            mode = parsed
        }
        return Volunteer(
            name: fullName.trimmingCharacters(in: .whitespaces), association: value("association"), home: home,
            capacityAreas: capacityAreas, capacityHours: capacityHours, mode: mode, email: value("email"), phone: value("phone"))
    }
}
