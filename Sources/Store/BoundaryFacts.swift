import Foundation
import GRDB
import Geometry
import Households

extension StoreTransaction {
    /// Boundaries of one file; an association's polygon is replaced by a later import of the same name.
    public func syncBoundaries(_ boundaries: [(boundary: Boundary, squareMeters: Double)], datasetID: Int64) throws -> SyncCount {
        var upsert = try UpsertStatement(
            db: db, table: "boundary", conflictKey: "associationName",
            columns: ["datasetId", "associationName", "squareMeters", "geometry"])
        for (boundary, squareMeters) in boundaries {
            try upsert.execute([.integer(datasetID), .text(boundary.name), .real(squareMeters), .text(GeoJSONGeometryText.encode(boundary.shape))])
        }
        let deleted = try deleteMissing(
            from: "boundary", keyColumn: "associationName", datasetID: datasetID, keep: Set(boundaries.map(\.boundary.name)))
        return SyncCount(written: try upsert.finish(), deleted: deleted)
    }

    /// Whether associations come from boundaries yet (before them the district is one).
    public func hasBoundaries() throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM boundary)") ?? false
    }

    public func boundaries() throws -> [Boundary] {
        try Row.fetchAll(db, sql: "SELECT associationName, geometry FROM boundary ORDER BY associationName").map { row in
            Boundary(name: row["associationName"], shape: GeoJSONGeometryText.decode(row["geometry"]))
        }
    }
}

/// A multipolygon stored as GeoJSON geometry text: standard, readable in any
/// SQLite browser, and exact (Swift prints the shortest round-tripping decimal).
enum GeoJSONGeometryText {
    static func encode(_ shape: MultiPolygonShape) -> String {
        func ring(_ coordinates: [Coordinate]) -> String {
            "[" + coordinates.map { "[\($0.longitude),\($0.latitude)]" }.joined(separator: ",") + "]"
        }
        let polygons = shape.polygons.map { "[" + ([$0.outer] + $0.holes).map(ring).joined(separator: ",") + "]" }
        return #"{"type":"MultiPolygon","coordinates":["# + polygons.joined(separator: ",") + "]}"
    }

    static func decode(_ text: String) -> MultiPolygonShape {
        guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any],
            let polygons = object["coordinates"] as? [[[[Double]]]]
        else { return MultiPolygonShape(polygons: []) }
        return MultiPolygonShape(polygons: polygons.compactMap { rings in
            let parsed = rings.map { ring in ring.compactMap { $0.count >= 2 ? Coordinate(latitude: $0[1], longitude: $0[0]) : nil } }
            guard let outer = parsed.first else { return nil }
            return PolygonShape(outer: outer, holes: Array(parsed.dropFirst()))
        })
    }
}
