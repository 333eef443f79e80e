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
}
