import Foundation
import GRDB
import Geometry
import Households

/// What came from a map file: buildings, delivery points, lines of the map.
extension StoreTransaction {
    public struct SyncCount: Sendable, Equatable {
        public var written: Int
        public var deleted: Int
    }

    public func syncBuildings(_ buildings: [Building], datasetID: Int64) throws -> SyncCount {
        var upsert = try UpsertStatement(
            db: db, table: "building", conflictKey: "key",
            columns: ["datasetId", "key", "type", "levels", "flats", "footprintSquareMeters", "latitude", "longitude", "use"])
        for b in buildings {
            try upsert.execute([datasetID, b.key, b.type, b.levels, b.flats, b.footprintSquareMeters, b.center.latitude, b.center.longitude, b.use])
        }
        let deleted = try deleteMissing(from: "building", keyColumn: "key", datasetID: datasetID, keep: Set(buildings.map(\.key)))
        return SyncCount(written: upsert.written, deleted: deleted)
    }

    /// Points from a map file; register-made points are kept apart (`fromRegister`).
    public func syncMapPoints(_ points: [DeliveryPoint], datasetID: Int64) throws -> SyncCount {
        var upsert = try UpsertStatement(
            db: db, table: "deliveryPoint", conflictKey: "key",
            columns: ["datasetId", "key", "street", "houseNumber", "postcode", "city", "latitude", "longitude", "buildingKey"])
        for p in points {
            try upsert.execute([
                datasetID, p.key, p.address.street, p.address.houseNumber, p.address.postcode, p.address.city,
                p.coordinate.latitude, p.coordinate.longitude, p.buildingKey,
            ])
        }
        let deleted = try deleteMissing(from: "deliveryPoint", keyColumn: "key", datasetID: datasetID, keep: Set(points.map(\.key)))
        return SyncCount(written: upsert.written, deleted: deleted)
    }

    public func syncMapWays(_ ways: [MapWay], datasetID: Int64) throws -> SyncCount {
        var upsert = try UpsertStatement(
            db: db, table: "mapWay", conflictKey: "osmId",
            columns: ["datasetId", "osmId", "category", "name", "tags", "coordinates"])
        for way in ways {
            try upsert.execute([datasetID, way.osmID, way.category.rawValue, way.name, Self.encode(way.tags), CoordinateBlob.encode(way.coordinates)])
        }
        let deleted = try deleteMissing(from: "mapWay", keyColumn: "CAST(osmId AS TEXT)", datasetID: datasetID, keep: Set(ways.map { String($0.osmID) }))
        return SyncCount(written: upsert.written, deleted: deleted)
    }

    public func buildings() throws -> [Building] {
        try Row.fetchAll(db, sql: "SELECT key, type, levels, flats, footprintSquareMeters, latitude, longitude, use FROM building ORDER BY key").map { row in
            Building(
                key: row["key"], type: row["type"], levels: row["levels"], flats: row["flats"],
                footprintSquareMeters: row["footprintSquareMeters"],
                center: Coordinate(latitude: row["latitude"], longitude: row["longitude"]), use: row["use"])
        }
    }

    public func mapWays() throws -> [MapWay] {
        try Row.fetchAll(db, sql: "SELECT osmId, category, tags, coordinates FROM mapWay ORDER BY osmId").compactMap { row in
            guard let category = MapWay.Category(rawValue: row["category"]) else { return nil }
            let tagsJSON: String = row["tags"]
            let tags = (try? JSONDecoder().decode([String: String].self, from: Data(tagsJSON.utf8))) ?? [:]
            return MapWay(osmID: row["osmId"], category: category, tags: tags, coordinates: CoordinateBlob.decode(row["coordinates"]))
        }
    }

    static func encode(_ tags: [String: String]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(tags), as: UTF8.self)
    }
}

/// Coordinates as packed little-endian Float64 pairs (latitude, longitude): compact, and exact.
enum CoordinateBlob {
    static func encode(_ coordinates: [Coordinate]) -> Data {
        var words: [UInt64] = []
        words.reserveCapacity(coordinates.count * 2)
        for c in coordinates {
            words.append(c.latitude.bitPattern.littleEndian)
            words.append(c.longitude.bitPattern.littleEndian)
        }
        return words.withUnsafeBytes { Data($0) }
    }

    static func decode(_ data: Data) -> [Coordinate] {
        data.withUnsafeBytes { raw in
            stride(from: 0, to: raw.count - 15, by: 16).map { offset in
                Coordinate(
                    latitude: Double(bitPattern: UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))),
                    longitude: Double(bitPattern: UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self))))
            }
        }
    }
}
