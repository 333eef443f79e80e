import Foundation
import Geometry
import Households

/// The stops of `utdelning route --stops`: a CSV of `id,lat,lon`.
public enum StopFile {
    /// Reads `id,lat,lon` (any separator, decimal comma accepted).
    public static func read(path: String) throws -> [Stop] {
        let table = try CSVTable(path: path)
        func column(_ names: [String], _ what: String) throws -> Int {
            guard let index = table.column(names) else {
                throw InputFileError(path: path, position: "line 1", message: "no \(what) column (expected \(names.joined(separator: ", ")))")
            }
            return index
        }
        let id = try column(["id"], "id")
        let lat = try column(RegisterFile.columns["latitude"] ?? [], "latitude")
        let lon = try column(RegisterFile.columns["longitude"] ?? [], "longitude")
        var seen = Set<String>()
        return try table.rows.map { row in
            func fail(_ message: String) -> InputFileError { InputFileError(path: path, position: "line \(row.line)", message: message) }
            guard let stopID = table.value(row, id) else { throw fail("no id") }
            guard seen.insert(stopID).inserted else { throw fail("id '\(stopID)' appears twice") }
            let latText = table.value(row, lat) ?? ""
            let lonText = table.value(row, lon) ?? ""
            guard let latitude = CSVTable.decimal(latText), let longitude = CSVTable.decimal(lonText) else {
                throw fail("'\(latText)', '\(lonText)' is not a latitude and longitude")
            }
            let c = Coordinate(latitude: latitude, longitude: longitude)
            guard c.isValid else { throw fail("coordinate \(latText), \(lonText) is out of range") }
            return Stop(id: stopID, coordinate: c)
        }
    }
}
