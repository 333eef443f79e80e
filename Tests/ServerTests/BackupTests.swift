import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import TestSupport
import Testing
import UtdelningKit

@testable import Server

/// `utdelning backup` while phones tick: the copy opens, is whole, and restores.
@Suite(.serialized)
struct BackupTests {
    /// The file's integrity check and its delivery records.
    static func inspect(_ path: String) throws -> (check: String?, deliveries: Int) {
        try DatabaseQueue(path: path).read { db in
            (try String.fetchOne(db, sql: "PRAGMA integrity_check"), try Int.fetchOne(db, sql: "SELECT count(*) FROM delivery") ?? -1)
        }
    }

    @Test func aBackupTakenWhilePhonesTickIsWholeAndRestores() async throws {
        let d = try PlannedDistrict()
        let stops = try d.district.areaWalk(d.anna.area).stops.count
        let folder = Fixtures.scratch()
        let copy = folder.appendingPathComponent("backup.sqlite").path
        let commandLine = District(databasePath: d.district.databasePath, config: d.district.config)
        let uri = "/v/\(d.anna.token)/areas/\(d.anna.area)/report"
        try await WebServer.application(district: d.district).test(.router) { client in
            try await withThrowingTaskGroup(of: Void.self) { group in
                for n in 1...stops {
                    group.addTask {
                        let body = ByteBuffer(string: "version=1&stop=\(n)&action=delivered&report=backup-tick-\(n)")
                        let status = try await client.execute(uri: uri, method: .post, headers: OfflineTests.json, body: body).status
                        #expect(status == .ok)
                    }
                }
                group.addTask { try commandLine.backup(to: copy) }
                try await group.waitForAll()
            }
        }
        let (check, copied) = try Self.inspect(copy)
        #expect(check == "ok")
        #expect((0...stops).contains(copied), "a snapshot: some of the ticks, each whole")
        #expect(!FileManager.default.fileExists(atPath: copy + ".partial"))
        // A backup never overwrites a file.
        #expect(throws: ArgumentError.self) { try commandLine.backup(to: copy) }
        // Restored as the README says: the copy in the database's place, no -wal or -shm beside it.
        let restored = folder.appendingPathComponent("restored.sqlite").path
        try FileManager.default.copyItem(atPath: copy, toPath: restored)
        let district = District(databasePath: restored, config: d.district.config)
        #expect(try district.coverage().delivered == (try district.areaWalk(d.anna.area)).householdsDone)
        _ = try district.deliver(area: d.bo.area, version: 1, stops: .stops(["1"]), outcome: .delivered, by: nil)
        #expect(try Self.inspect(restored).deliveries == copied + 1)
    }
}
