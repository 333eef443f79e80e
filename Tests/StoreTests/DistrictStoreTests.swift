import Foundation
import GRDB
import Geometry
import Households
import TestSupport
import Testing

@testable import Store
import Vocabulary

struct DistrictStoreTests {
    let here = Coordinate(latitude: 59.38, longitude: 13.50)

    func store() throws -> DistrictStore {
        try DistrictStore(path: Fixtures.scratch().appendingPathComponent("t.sqlite").path)
    }

    func points(_ n: Int) -> [DeliveryPoint] {
        (1...n).map { DeliveryPoint(key: PointKey("n\($0)"), address: Address(street: "Storgatan", houseNumber: "\($0)"), coordinate: here) }
    }

    @Test func theDatabaseIsInWALModeWithForeignKeys() throws {
        let store = try store()
        let (mode, keys) = try store.read { tx in
            (try String.fetchOne(tx.db, sql: "PRAGMA journal_mode"), try Int.fetchOne(tx.db, sql: "PRAGMA foreign_keys"))
        }
        #expect(mode == "wal")
        #expect(keys == 1)
    }

    @Test func writingTheSamePointsAgainWritesNothing() throws {
        let store = try store()
        let first = try store.write { tx in
            let id = try tx.upsertDataset(name: "a", kind: .osm, fileName: "a.osm", bytes: 1, report: "{}")
            return try tx.syncMapPoints(points(3), datasetID: id)
        }
        #expect(first == .init(written: 3, deleted: 0))
        let second = try store.write { tx in
            let id = try tx.upsertDataset(name: "a", kind: .osm, fileName: "a.osm", bytes: 1, report: "{}")
            return try tx.syncMapPoints(points(3), datasetID: id)
        }
        #expect(second == .init(written: 0, deleted: 0))
    }

    @Test func aNewerDatasetUpdatesInPlaceAndRemovesWhatIsGone() throws {
        let store = try store()
        try store.write { tx in
            let id = try tx.upsertDataset(name: "a", kind: .osm, fileName: "a.osm", bytes: 1, report: "{}")
            _ = try tx.syncMapPoints(points(3), datasetID: id)
        }
        let idBefore = try store.read { tx in try Int64.fetchOne(tx.db, sql: "SELECT id FROM deliveryPoint WHERE key = 'n2'") }
        var newer = points(2)
        newer[1].address.houseNumber = "2A"
        let sync = try store.write { tx in
            let id = try tx.upsertDataset(name: "a", kind: .osm, fileName: "a.osm", bytes: 2, report: "{}")
            return try tx.syncMapPoints(newer, datasetID: id)
        }
        #expect(sync == .init(written: 1, deleted: 1))
        let row = try store.read { tx in try Row.fetchOne(tx.db, sql: "SELECT id, houseNumber FROM deliveryPoint WHERE key = 'n2'") }
        #expect(row?["id"] == idBefore)
        #expect(row?["houseNumber"] == "2A")
    }

    @Test func aFailedWriteLeavesNothingBehind() throws {
        let store = try store()
        struct Abort: Error {}
        #expect(throws: Abort.self) {
            try store.write { tx in
                let id = try tx.upsertDataset(name: "a", kind: .osm, fileName: "a.osm", bytes: 1, report: "{}")
                _ = try tx.syncMapPoints(points(5), datasetID: id)
                throw Abort()
            }
        }
        #expect(try store.read { tx in try Int.fetchOne(tx.db, sql: "SELECT count(*) FROM deliveryPoint") } == 0)
        #expect(try store.read { tx in try tx.datasets() }.isEmpty)
    }

    @Test func theSchemaRejectsImpossibleValues() throws {
        let store = try store()
        #expect(throws: DatabaseError.self) {
            try store.write { tx in
                let id = try tx.upsertDataset(name: "a", kind: .osm, fileName: "a.osm", bytes: 1, report: "{}")
                try tx.db.execute(
                    sql: "INSERT INTO deliveryPoint (datasetId, key, street, houseNumber, latitude, longitude, households) VALUES (?, 'x', 's', '1', 95, 13, 1)",
                    arguments: [id])
            }
        }
    }

    @Test func mapWayCoordinatesRoundTripExactly() throws {
        let store = try store()
        let way = MapWay(
            osmID: 7, category: .highway, tags: ["highway": "residential", "name": "Älvgatan"],
            coordinates: [Coordinate(latitude: 59.3812345, longitude: 13.5012345), Coordinate(latitude: -33.9, longitude: 151.2)])
        try store.write { tx in
            let id = try tx.upsertDataset(name: "a", kind: .osm, fileName: "a.osm", bytes: 1, report: "{}")
            _ = try tx.syncMapWays([way], datasetID: id)
        }
        #expect(try store.read { tx in try tx.mapWays() } == [way])
    }

    @Test func boundaryGeometryRoundTrips() throws {
        let store = try store()
        let ring = [(13.0, 59.0), (14.25, 59.0), (14.25, 60.125), (13.0, 59.0)].map { Coordinate(latitude: $0.1, longitude: $0.0) }
        let boundary = Boundary(name: "Kil", shape: MultiPolygonShape(polygons: [PolygonShape(outer: ring, holes: [ring])]))
        try store.write { tx in
            let id = try tx.upsertDataset(name: "b", kind: .boundaries, fileName: "b.geojson", bytes: 1, report: "{}")
            _ = try tx.syncBoundaries([(boundary, 1)], datasetID: id)
        }
        #expect(try store.read { tx in try tx.boundaries() } == [boundary])
    }
}

struct TagJSONTests {
    @Test func tagsWithQuotesAndControlCharactersAreValidJSON() throws {
        let tags = ["name": "Gamla \"Torget\"\\\n", "highway": "pedestrian", "note": "\u{01}"]
        let text = StoreTransaction.encode(tags)
        let decoded = try JSONDecoder().decode([String: String].self, from: Data(text.utf8))
        #expect(decoded == tags)
        #expect(text.hasPrefix(#"{"highway":"pedestrian","name":"#))
    }
}
