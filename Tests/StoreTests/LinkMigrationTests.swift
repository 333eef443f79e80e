import Foundation
import GRDB
import TestSupport
import Testing

@testable import Store
import Vocabulary

/// "v15 board links" makes the link table anew with a third scope: the links made before keep
/// theirs, and a link still opens exactly one thing.
struct LinkMigrationTests {
    @Test func linksMadeBeforeKeepTheirScopeAndABoardLinkOpensNothingElse() throws {
        let path = Fixtures.scratch().appendingPathComponent("t.sqlite").path
        var configuration = Configuration()
        // The rows' volunteer and area are beside the point here.
        configuration.foreignKeysEnabled = false
        let old = try DatabaseQueue(path: path, configuration: configuration)
        try Schema.migrator.migrate(old, upTo: "v13 links")
        try old.write { db in
            try db.execute(sql: "INSERT INTO accessLink (tokenHash, volunteerId, createdAt) VALUES (?, 7, 't1')", arguments: [Data(repeating: 1, count: 32)])
            try db.execute(
                sql: "INSERT INTO accessLink (tokenHash, areaId, createdAt, revokedAt) VALUES (?, 3, 't2', 't3')", arguments: [Data(repeating: 2, count: 32)])
        }
        try Schema.migrator.migrate(old)
        let store = try DistrictStore(path: path)
        let board = try store.write { tx in try tx.addLink(tokenHash: Data(repeating: 3, count: 32), scope: .board, createdAt: "t4") }
        #expect(try store.read { tx in try tx.link(tokenHash: Data(repeating: 2, count: 32)) }
            == StoredLink(id: 2, scope: .area(AreaID(rawValue: 3)), createdAt: "t2", revokedAt: "t3"))
        #expect(try store.read { tx in try tx.activeLinks().map(\.scope) } == [.volunteer(VolunteerID(rawValue: 7)), .board])
        #expect(board == 3)
        // A board link that also names a volunteer, or a link of no scope, the table refuses.
        for sql in [
            "INSERT INTO accessLink (tokenHash, volunteerId, board, createdAt) VALUES (zeroblob(32), 7, 1, 't')",
            "INSERT INTO accessLink (tokenHash, createdAt) VALUES (zeroblob(32), 't')",
        ] {
            #expect(throws: DatabaseError.self) { try old.write { db in try db.execute(sql: sql) } }
        }
    }
}
