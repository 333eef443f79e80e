import Foundation
import Geometry
import Households
import Routing

/// A stop of `utdelning route --stops`: an id and a position.
public struct Stop: Sendable, Equatable {
    public var id: String
    public var coordinate: Coordinate
}

/// The answer of `utdelning route`: the order of the stop ids and the walk's length.
public struct StopRoute: Sendable, Codable, Equatable {
    public var order: [String]
    public var meters: Int
    /// Stops with no walkable street within reach, joined by a straight line.
    public var linked: [String]
}

public enum Metric: String, Sendable, CaseIterable {
    /// Walking distance along the imported streets.
    case street
    /// Great-circle distance.
    case straight
}

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

extension District {
    /// Orders any list of stops into a short walk starting at the first stop.
    public func route(stops: [Stop], closed: Bool, metric: Metric) throws -> StopRoute {
        guard !stops.isEmpty else { return StopRoute(order: [], meters: 0, linked: []) }
        let n = stops.count
        var matrix: [Double]
        var linked: [String] = []
        switch metric {
        case .straight:
            matrix = stops.flatMap { a in stops.map { greatCircleMeters(a.coordinate, $0.coordinate) } }
        case .street:
            let graph = StreetGraph.walkable(try mapWays(), profile: config.walking)
            guard graph.nodeCount > 0 else {
                throw DistrictError.noStreets(then: "import an OSM file or use --metric straight")
            }
            let index = SnapIndex(graph: graph)
            let snaps = stops.compactMap { index.snap($0.coordinate, maxMeters: config.walking.snapMaxMeters) }
            linked = zip(stops, snaps).filter { $1.isLinked }.map(\.0.id)
            matrix = ShortestPaths(graph: graph).matrix(snaps)
            // Streets that do not meet (an island in the data): the straight line, walked twice over.
            for i in 0..<n {
                for j in 0..<n where !matrix[i * n + j].isFinite {
                    matrix[i * n + j] = 2 * greatCircleMeters(stops[i].coordinate, stops[j].coordinate)
                }
            }
            ShortestPaths.symmetrize(&matrix, n: n)
        }
        let tour = TourSolver().solve(matrix: matrix, count: n, start: 0, closed: closed)
        return StopRoute(order: tour.order.map { stops[$0].id }, meters: Int(tour.meters.rounded()), linked: linked)
    }
}
