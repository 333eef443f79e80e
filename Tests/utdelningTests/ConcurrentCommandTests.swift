import Foundation
import GRDB
import TestSupport
import Testing

/// Two real processes on one database (issue 17): readers never wait for a writer, and a
/// command that only needs to read is never refused because another one writes.
@Suite(.serialized)
struct ConcurrentCommandTests {
    let errors = ErrorKindTests()

    /// The state after the last command closed the database: no write-ahead log. The holder
    /// then opens it and takes the write lock before writing a page, so the log it makes is
    /// empty. GRDB's read-write pool writes on open to fill such a log, so every reader
    /// waited out the busy timeout and exited 74.
    @Test func readersStartWhileAnotherCommandHoldsTheWriteLock() throws {
        let (directory, db) = try errors.district()
        #expect(!FileManager.default.fileExists(atPath: db + "-wal"))
        let holder = try DatabaseQueue(path: db)
        var results: [(code: Int32, out: String, err: String)] = []
        try holder.inTransaction(.immediate) { _ in
            for command in [["households", "summary"], ["coverage"], ["areas"]] {
                results.append(try Fixtures.run(try CommandLineTests.executable, command + ["--db", db], cwd: directory))
            }
            return .rollback
        }
        for result in results { #expect(result.code == 0 && result.err.isEmpty, "\(result.err)") }
    }

    /// The volunteer is erased at once; only emptying the log must wait for the reader, and
    /// a reader that stays is no failure (it was exit 70, then 74, with the row deleted).
    @Test func forgettingWhileAnotherCommandReadsSucceeds() throws {
        let (directory, db) = try errors.district()
        let people = Fixtures.file("people.csv", "namn;förening;kapacitet;lat;lon\nBo Ström;Värmland;1;59,1;13,2\n", in: directory)
        #expect(try Fixtures.run(try CommandLineTests.executable, ["volunteers", "import", people, "--db", db], cwd: directory).code == 0)
        let reader = try DatabaseQueue(path: db)
        let forgot = try reader.read { connection in
            _ = try Int.fetchOne(connection, sql: "SELECT count(*) FROM volunteer")
            return try Fixtures.run(try CommandLineTests.executable, ["volunteers", "forget", "1", "--db", db], cwd: directory)
        }
        #expect(forgot.code == 0, "\(forgot.err)")
        #expect(forgot.out.hasPrefix("volunteer 1 is forgotten\n"))
        #expect(try reader.read { connection in try Int.fetchOne(connection, sql: "SELECT count(*) FROM volunteer") } == 0)
    }

    /// `area unlock` while `plan --fresh` cuts: the plan worked from the locked area and wrote
    /// over the unlock (on the west fixture: 12 areas, area 1 kept as it was, where unlocking
    /// first and then planning gives 11). Now the plan sees the change and cuts again, so the
    /// race ends as the two commands one after the other; the pause makes the unlock land
    /// inside the plan (it reads at once and writes seconds later).
    @Test func anUnlockDuringAFreshPlanIsWorkedFromNotWrittenOver() throws {
        let directory = Fixtures.scratch()
        let db = directory.appendingPathComponent("u.sqlite").path
        let sequential = directory.appendingPathComponent("sequential.sqlite").path
        func utdelning(_ arguments: [String], _ path: String = db) throws -> Int32 {
            let result = try Fixtures.run(try CommandLineTests.executable, arguments + ["--db", path], cwd: directory)
            #expect(result.err.isEmpty, "\(arguments): \(result.err)")
            return result.code
        }
        #expect(try utdelning(["import", "osm", Fixtures.neubrandenburgWest]) == 0)
        #expect(try utdelning(["plan"]) == 0)
        #expect(try utdelning(["area", "lock", "1"]) == 0)
        try FileManager.default.copyItem(atPath: db, toPath: sequential)
        #expect(try utdelning(["area", "unlock", "1"], sequential) == 0)
        #expect(try utdelning(["plan", "--fresh"], sequential) == 0)

        let plan = Process()
        plan.executableURL = URL(fileURLWithPath: try CommandLineTests.executable)
        plan.arguments = ["plan", "--fresh", "--db", db]
        plan.standardOutput = FileHandle.nullDevice
        try plan.run()
        Thread.sleep(forTimeInterval: 1)
        #expect(try utdelning(["area", "unlock", "1"]) == 0)
        plan.waitUntilExit()
        #expect(plan.terminationStatus == 0)
        #expect(try Self.plan(db) == Self.plan(sequential))
        let leftOut = try DatabaseQueue(path: db).read { connection in
            try Int.fetchOne(connection, sql: "SELECT count(*) FROM deliveryPoint WHERE households > 0 AND key NOT IN (SELECT pointKey FROM areaStop)")
        }
        #expect(leftOut == 0, "households in no area")
    }

    /// Each area's stops in order, and whether it is locked.
    static func plan(_ path: String) throws -> [String] {
        try DatabaseQueue(path: path).read { connection in
            try String.fetchAll(connection, sql: """
                SELECT area.id || (CASE area.locked WHEN 1 THEN ' locked' ELSE '' END) || ': ' || group_concat(pointKey, ',')
                FROM area JOIN (SELECT * FROM areaStop ORDER BY areaId, position) AS s ON s.areaId = area.id GROUP BY area.id ORDER BY area.id
                """)
        }
    }
}
