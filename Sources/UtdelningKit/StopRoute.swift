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
