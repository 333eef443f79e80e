import Foundation
import Geometry
import Households
import Planner
import Routing
import TestSupport
import Testing

@testable import Store
@testable import UtdelningKit
import Vocabulary

/// Bike and car rounds drawn along the roads they were timed on, not as chords between stops.
@Suite(.serialized)
struct RoundLineTests {
    /// Malmö's car rounds (the starter configuration, 30-minute areas) as the GeoJSON export draws them.
    @Test func carRoundsFollowTheStreetsTheyWereTimedOn() throws {
        let config = try DistrictConfig.starter
        let directory = Fixtures.scratch()
        let district = District(databasePath: directory.appendingPathComponent("d.sqlite").path, config: config)
        _ = try district.importOSM(path: Fixtures.malmo)
        _ = try district.plan(targetMinutes: 30)
        let path = directory.appendingPathComponent("plan.geojson").path
        _ = try district.exportGeoJSON(to: path)
        let (areas, points, ways) = try district.existingStore().read { tx in (try tx.areas(), try tx.points(), try tx.mapWays()) }
        let position = Dictionary(uniqueKeysWithValues: points.map { ($0.point.key, $0.point.coordinate) })
        let graph = StreetGraph.build(ways: ways.map { WayInput(coordinates: $0.coordinates, tags: $0.tags) }, profile: config.walking)
        let streets = SnapIndex(graph: graph)
        let lines = try Self.lines(inGeoJSON: path)
        let rounds = areas.filter { $0.mode == .car }
        try #require(!rounds.isEmpty, "Malmö's outskirts give car rounds")
        for area in rounds {
            let line = try #require(lines[area.id])
            let doors = area.route.compactMap { position[$0] }
            #expect(line.count >= 3 * doors.count, "area \(area.id): \(line.count) vertices for \(doors.count) stops")
            // Between the doors (and their links to the street) the line runs on the streets.
            for vertex in line where !doors.contains(where: { greatCircleMeters($0, vertex) < 0.05 }) {
                let offset = try #require(streets.snap(vertex, maxMeters: 1)).offsetMeters
                #expect(offset < 1, "area \(area.id): a vertex \(offset) m off the streets")
            }
            // The drawn way is the timed way: its length is the round's metres.
            let drawn = zip(line, line.dropFirst()).reduce(0.0) { $0 + greatCircleMeters($1.0, $1.1) }
            #expect(abs(drawn - area.length.value) < 0.01 * area.length.value, "area \(area.id): drawn \(drawn) m, timed \(area.length.value) m")
            // A phone's track is the same line.
            let gpx = directory.appendingPathComponent("area-\(area.id).gpx").path
            try district.exportGPX(area: area.id, to: gpx)
            #expect(try String(contentsOfFile: gpx, encoding: .utf8).components(separatedBy: "<trkpt ").count - 1 == line.count)
        }
    }

    /// A car round whose middle stop lies on a street that meets no other (an island in the data).
    @Test func aStopOnStreetsThatDoNotMeetIsReachedStraightAndFlagged() throws {
        func at(_ x: Double, _ y: Double) -> Coordinate { Coordinate(latitude: 56 + y / 111_320, longitude: 13 + x / 62_250) }
        func road(_ id: Int64, _ points: [(Double, Double)]) -> MapWay {
            MapWay(osmID: id, category: .highway, tags: ["highway": "unclassified"], coordinates: points.map { at($0.0, $0.1) })
        }
        let ways = [road(1, [(0, 0), (1_000, 0), (2_000, 0)]), road(2, [(800, 600), (1_200, 600)])]
        let position: [PointKey: Coordinate] = ["a": at(100, 20), "island": at(1_000, 620), "b": at(1_900, 20)]
        let plan = PlannedArea(
            association: "X", route: ["a", "island", "b"], households: 3, mode: .car, length: 3_000, time: 10, deadhead: 0,
            balance: .within, targetTime: 90, maxPapers: 300)
        let area = StoredArea(id: 1, locked: false, plan: plan, version: 1, printedVersion: nil, released: false)
        let shapes = try AreaShapes(areas: [area], position: position, ways: ways, walking: WalkingProfile(), outlines: false)
        let line = try #require(shapes.lines[1])
        // Reached straight: the island, and the stop after it.
        #expect(shapes.offStreet == ["island", "b"])
        // Straight from door to door, to the island and back.
        #expect(line == ["a", "island", "b"].compactMap { position[$0] })
    }

    /// Each route's line in an exported GeoJSON, by area id.
    static func lines(inGeoJSON path: String) throws -> [AreaID: [Coordinate]] {
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any]
        var lines: [AreaID: [Coordinate]] = [:]
        for feature in json?["features"] as? [[String: Any]] ?? [] {
            guard let geometry = feature["geometry"] as? [String: Any], geometry["type"] as? String == "LineString",
                let id = ((feature["properties"] as? [String: Any])?["areaId"] as? NSNumber).map({ AreaID($0.int64Value) }),
                let positions = geometry["coordinates"] as? [[Double]]
            else { continue }
            lines[id] = positions.map { Coordinate(latitude: $0[1], longitude: $0[0]) }
        }
        return lines
    }
}
