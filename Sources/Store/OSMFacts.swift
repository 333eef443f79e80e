import Foundation
import GRDB
import Geometry
import Households
import Planner
import Vocabulary

/// What came from a map file: buildings, delivery points, lines of the map.
extension StoreTransaction {
    public struct SyncCount: Sendable, Equatable {
        public var written: Int
        public var deleted: Int
    }

    /// - Parameter associationID: building key → association id, written with the building.
    public func syncBuildings(_ buildings: [Building], datasetID: Int64, associationID: (String) -> Int64? = { _ in nil }) throws -> SyncCount {
        let (written, empty) = try loading("building") { empty in
            var upsert = try UpsertStatement(
                db: db, table: "building", conflictKey: "key",
                columns: [
                    "datasetId", "key", "type", "levels", "flats", "footprintSquareMeters", "latitude", "longitude", "use", "associationId",
                    "landuse", "addressMergedInto", "homeDoors", "doorUses",
                ], insertOnly: empty)
            // In key order, so that the unique index grows at its end instead of splitting pages all over.
            // Positions sorted, not the rows: a sorted copy copied every string of every one.
            for index in buildings.indices.sorted(by: { buildings[$0].key < buildings[$1].key }) {
                let b = buildings[index]
                try upsert.execute([
                    .integer(datasetID), .text(b.key), .text(b.type), SQLValue(b.levels), SQLValue(b.flats), .real(b.footprintSquareMeters),
                    .real(b.center.latitude), .real(b.center.longitude), SQLValue(b.use), SQLValue(associationID(b.key)),
                    SQLValue(b.landuse), SQLValue(b.addressMergedInto?.rawValue), .integer(Int64(b.homeDoors)),
                    .text(b.doorUses.joined(separator: ";")),
                ])
            }
            return try upsert.finish()
        }
        let deleted = empty ? 0 : try deleteMissing(from: "building", keyColumn: "key", datasetID: datasetID, keep: Set(buildings.map(\.key)))
        return SyncCount(written: written, deleted: deleted)
    }

    /// The values worked out for a point, written together with it.
    public struct DerivedValues: Sendable {
        public var count: HouseholdCount
        public var associationID: Int64?
        /// In no association's polygon.
        public var outside: Bool

        public init(count: HouseholdCount, associationID: Int64?, outside: Bool = false) {
            self.count = count
            self.associationID = associationID
            self.outside = outside
        }
    }

    /// Points from a map file, with their derived values (one write per point, not two);
    /// register-made points are kept apart (`fromRegister`).
    /// - Parameter derived: a point's values by its key; by default none, no association.
    public func syncMapPoints(
        _ points: [DeliveryPoint], datasetID: Int64,
        derived: (PointKey) -> DerivedValues = { _ in DerivedValues(count: HouseholdCount(households: 0, source: .default, rule: ""), associationID: nil) }
    ) throws -> SyncCount {
        let (written, empty) = try loading("deliveryPoint") { empty in
            var upsert = try UpsertStatement(
                db: db, table: "deliveryPoint", conflictKey: "key",
                columns: [
                    "datasetId", "key", "street", "houseNumber", "postcode", "city", "latitude", "longitude", "buildingKey",
                    "households", "householdSource", "householdRule", "associationId", "use", "withoutAddress", "outsideBoundaries",
                ], insertOnly: empty)
            for index in points.indices.sorted(by: { points[$0].key < points[$1].key }) {
                let p = points[index]
                let values = derived(p.key)
                try upsert.execute([
                    .integer(datasetID), .text(p.key.rawValue), .text(p.address.street), .text(p.address.houseNumber), SQLValue(p.address.postcode),
                    SQLValue(p.address.city), .real(p.coordinate.latitude), .real(p.coordinate.longitude), SQLValue(p.buildingKey),
                    SQLValue(values.count.households), .text(values.count.source.rawValue), .text(values.count.rule), SQLValue(values.associationID),
                    SQLValue(p.use), SQLValue(p.withoutAddress), .integer(values.outside ? 1 : 0),
                ])
            }
            return try upsert.finish()
        }
        let deleted = empty
            ? 0 : try deleteMissing(from: "deliveryPoint", keyColumn: "key", datasetID: datasetID, keep: Set(points.map(\.key.rawValue)))
        return SyncCount(written: written, deleted: deleted)
    }

    /// Removes map points by key, whatever file brought them: businesses another file's homes
    /// took in, and homes without an address on a building a newer file gives an address.
    /// Their stops go with them. Returns how many went.
    @discardableResult
    public func deletePoints(_ keys: [PointKey]) throws -> Int {
        let delete = try db.makeStatement(sql: "DELETE FROM deliveryPoint WHERE key = ? AND fromRegister = 0")
        var deleted = 0
        for key in keys.sorted() {
            try delete.execute(arguments: [key])
            deleted += db.changesCount
        }
        return deleted
    }

    public func syncMapWays(_ ways: [MapWay], datasetID: Int64) throws -> SyncCount {
        let (written, empty) = try loading("mapWay") { empty in
            var upsert = try UpsertStatement(
                db: db, table: "mapWay", conflictKey: "osmId", columns: ["datasetId", "osmId", "category", "name", "tags", "coordinates"],
                insertOnly: empty)
            for index in ways.indices.sorted(by: { ways[$0].osmID < ways[$1].osmID }) {
                let way = ways[index]
                try upsert.execute([
                    .integer(datasetID), .integer(way.osmID), .text(way.category.rawValue), SQLValue(way.name), .text(Self.encode(way.tags)),
                    .blob(CoordinateBlob.encode(way.coordinates)),
                ])
            }
            return try upsert.finish()
        }
        let deleted = empty
            ? 0 : try deleteMissing(from: "mapWay", keyColumn: "CAST(osmId AS TEXT)", datasetID: datasetID, keep: Set(ways.map { String($0.osmID) }))
        return SyncCount(written: written, deleted: deleted)
    }

    /// All buildings, or those of every dataset but one.
    public func buildings(excludingDataset excluded: Int64? = nil) throws -> [Building] {
        try Array(Row.fetchCursor(
            db, sql: """
                SELECT key, type, levels, flats, footprintSquareMeters, latitude, longitude, use, landuse, addressMergedInto, homeDoors, doorUses
                FROM building WHERE datasetId IS NOT ? ORDER BY key
                """,
            arguments: [excluded]
        ).map { row in
            let doorUses: String = row[11]
            return Building(
                key: row[0], type: row[1], levels: row[2], flats: row[3], footprintSquareMeters: row[4],
                center: Coordinate(latitude: row[5], longitude: row[6]), use: row[7], landuse: row[8], addressMergedInto: row[9],
                homeDoors: row[10], doorUses: doorUses.isEmpty ? [] : doorUses.split(separator: ";").map(String.init))
        })
    }

    /// The lines of the map, in id order. The rows are read in one pass and their tags and
    /// coordinates decoded on every core: decoding the tags' JSON, a decoder per way, was
    /// half of what a region's plan spent reading the district (perf, Västra Götaland).
    public func mapWays() throws -> [MapWay] {
        struct Stored: Sendable {
            let osmID: Int64
            let category: MapWay.Category
            let tagsJSON: String
            let coordinates: Data
        }
        let rows = try Array(Row.fetchCursor(db, sql: "SELECT osmId, category, tags, coordinates FROM mapWay ORDER BY osmId").compactMap { row in
            MapWay.Category(rawValue: row[1]).map { Stored(osmID: row[0], category: $0, tagsJSON: row[2], coordinates: row[3]) }
        })
        let chunk = 4_096
        return Array(stride(from: 0, to: rows.count, by: chunk)).concurrentMap { start in
            let decoder = JSONDecoder()
            return rows[start..<min(start + chunk, rows.count)].map { way in
                MapWay(
                    osmID: way.osmID, category: way.category,
                    tags: (try? decoder.decode([String: String].self, from: Data(way.tagsJSON.utf8))) ?? [:],
                    coordinates: CoordinateBlob.decode(way.coordinates))
            }
        }.flatMap { $0 }
    }

    /// A JSON object with sorted keys, written byte by byte into one buffer: JSONEncoder per
    /// way cost more than the rest of storing it, and joining a string per tag a twentieth of
    /// the import's store phase. Every escaped character is ASCII, and no byte of a multi-byte
    /// UTF-8 character is below 0x80, so bytes are escaped as the characters would be.
    static func encode(_ tags: [String: String]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(64)
        out.append(UInt8(ascii: "{"))
        for (n, tag) in tags.sorted(by: { $0.key < $1.key }).enumerated() {
            if n > 0 { out.append(UInt8(ascii: ",")) }
            appendQuoted(tag.key, to: &out)
            out.append(UInt8(ascii: ":"))
            appendQuoted(tag.value, to: &out)
        }
        out.append(UInt8(ascii: "}"))
        return String(decoding: out, as: UTF8.self)
    }

    private static func appendQuoted(_ s: String, to out: inout [UInt8]) {
        let quote = UInt8(ascii: "\""), backslash = UInt8(ascii: "\\")
        out.append(quote)
        // Most names and values need no escape: copied whole.
        if !s.utf8.contains(where: { $0 < 0x20 || $0 == quote || $0 == backslash }) {
            out.append(contentsOf: s.utf8)
        } else {
            for byte in s.utf8 {
                switch byte {
                case quote, backslash: out += [backslash, byte]
                case UInt8(ascii: "\n"): out += [backslash, UInt8(ascii: "n")]
                case UInt8(ascii: "\r"): out += [backslash, UInt8(ascii: "r")]
                case UInt8(ascii: "\t"): out += [backslash, UInt8(ascii: "t")]
                case ..<0x20: out += [backslash, UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hexDigit(byte >> 4), hexDigit(byte & 0xF)]
                default: out.append(byte)
                }
            }
        }
        out.append(quote)
    }

    /// A lower-case hex digit, as `%04x` writes them.
    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
    }
}

/// Coordinates as packed little-endian Float64 pairs (latitude, longitude): compact, and exact.
enum CoordinateBlob {
    static func encode(_ coordinates: [Coordinate]) -> Data {
        // Written into the blob itself, not into an array first and copied.
        var data = Data(count: coordinates.count * 16)
        data.withUnsafeMutableBytes { raw in
            for (i, c) in coordinates.enumerated() {
                raw.storeBytes(of: c.latitude.bitPattern.littleEndian, toByteOffset: i * 16, as: UInt64.self)
                raw.storeBytes(of: c.longitude.bitPattern.littleEndian, toByteOffset: i * 16 + 8, as: UInt64.self)
            }
        }
        return data
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
