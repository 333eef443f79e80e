import Foundation
import GRDB
import TestSupport
import Testing

/// Each kind of failure through the real binary: exactly one line on stderr, its sysexits
/// code, and the database as it was.
@Suite(.serialized)
struct ErrorKindTests {
    struct Outcome {
        var code: Int32
        var err: String
    }

    /// A district of one register row: a database with the district's one association and no areas.
    func district() throws -> (directory: URL, db: String) {
        let directory = Fixtures.scratch()
        let db = directory.appendingPathComponent("u.sqlite").path
        let csv = Fixtures.file("r.csv", "lat;lon;hushåll\n59,1;13,2;2\n", in: directory)
        let imported = try Fixtures.run(try CommandLineTests.executable, ["import", "households", csv, "--db", db], cwd: directory)
        #expect(imported.code == 0, "\(imported.err)")
        return (directory, db)
    }

    /// Runs the command on the database (through `prefix`, such as a program that drops root)
    /// and checks that it left the database's content, or the bytes of a file that is none, as they were.
    func refused(_ arguments: [String], db: String, in directory: URL, prefix: [String] = []) throws -> Outcome {
        let before = try snapshot(db)
        let command = prefix + [try CommandLineTests.executable] + arguments + ["--db", db]
        let result = try Fixtures.run(command[0], Array(command.dropFirst()), cwd: directory)
        #expect(result.err.filter { $0 == "\n" }.count == 1 && result.err.hasSuffix("\n"), "one line: \(result.err)")
        #expect(try snapshot(db) == before, "the database changed")
        return Outcome(code: result.code, err: result.err)
    }

    func snapshot(_ db: String) throws -> String {
        guard FileManager.default.fileExists(atPath: db) else { return "no file" }
        if let dump = try? contentDump(db) { return dump }
        return try Data(contentsOf: URL(fileURLWithPath: db)).base64EncodedString()
    }

    @Test func aMissingInputFileIs66() throws {
        let (directory, db) = try district()
        let csv = try refused(["import", "households", "nowhere.csv"], db: db, in: directory)
        #expect(csv.code == 66)
        #expect(csv.err == "utdelning: nowhere.csv: no such file\n")
        let config = try refused(["areas", "--config", "nowhere.yaml"], db: db, in: directory)
        #expect(config.code == 66)
        #expect(config.err == "utdelning: nowhere.yaml: no such file\n")
    }

    @Test func aBadInputFileIs65WithTheFileAndTheLine() throws {
        let (directory, db) = try district()
        let csv = Fixtures.file("bad.csv", "lat;lon;hushåll\n59,1;13,2;2\n59,1;13,2;x\n", in: directory)
        let result = try refused(["import", "households", csv], db: db, in: directory)
        #expect(result.code == 65)
        #expect(result.err == "utdelning: \(csv): line 3: households 'x' is not a whole number of 0 or more\n")
    }

    /// Issue 17: these trapped in `plan` (exit 132) or broke a CHECK (exit 70); the same
    /// words for the flag and the key.
    @Test func aConfigurationValueOutOfRangeIs65WithItsLine() throws {
        let (directory, db) = try district()
        let config = Fixtures.file("c.yaml", "district: {name: Kil, deadline: 2030-09-08}\nplanning:\n  targetMinutes: 0\n", in: directory)
        let result = try refused(["plan", "--config", config], db: db, in: directory)
        #expect(result.code == 65)
        #expect(result.err == "utdelning: \(config): line 3: planning.targetMinutes: must be from 5 to 600 minutes, not 0\n")
        let flag = try Fixtures.run(try CommandLineTests.executable, ["plan", "--target-minutes", "0", "--db", db], cwd: directory)
        #expect(flag.code == 64)
        #expect(flag.err.contains("--target-minutes must be from 5 to 600 minutes, not 0"))
    }

    @Test func anUnknownAssociationIs65AndNamesTheKnownOnesNotTheDatabase() throws {
        let (directory, db) = try district()
        let result = try refused(["areas", "--association", "Atlantis"], db: db, in: directory)
        #expect(result.code == 65)
        #expect(result.err == "utdelning: unknown association 'Atlantis' (known: Värmland)\n")
    }

    @Test func noSuchAreaIs65() throws {
        let (directory, db) = try district()
        let result = try refused(["area", "lock", "99"], db: db, in: directory)
        #expect(result.code == 65)
        #expect(result.err == "utdelning: no area 99\n")
    }

    @Test func noAreasYetIs65() throws {
        let (directory, db) = try district()
        let result = try refused(["sheets", "--out", directory.appendingPathComponent("sheets").path], db: db, in: directory)
        #expect(result.code == 65)
        #expect(result.err == "utdelning: no areas yet; run `utdelning plan` first\n")
    }

    @Test func noDatabaseYetIs66AndMakesNone() throws {
        let directory = Fixtures.scratch()
        let db = directory.appendingPathComponent("u.sqlite").path
        let queries = [
            ["coverage"], ["households", "summary"], ["households", "outside"], ["households", "check"], ["areas"], ["assignments"],
            ["volunteers", "list"], ["printrun"], ["topups"], ["map", "--out", "m.png"], ["export", "geojson", "--out", "p.geojson"],
        ]
        for query in queries {
            let result = try refused(query, db: db, in: directory)
            #expect(result.code == 66, "\(query)")
            #expect(result.err == "utdelning: no district database at \(db) yet; import an OSM file first\n", "\(query)")
            #expect(!FileManager.default.fileExists(atPath: db), "\(query) made a database")
        }
    }

    @Test func aFullStandardOutputIs73NotSilenceOrACrash() throws {
        let (directory, db) = try district()
        let toDevFull = ["/bin/sh", "-c", "exec \"$@\" > /dev/full", "sh"]
        for query in [["households", "summary"], ["coverage", "--format", "csv"], ["printrun", "--format", "json"]] {
            let result = try refused(query, db: db, in: directory, prefix: toDevFull)
            #expect(result.code == 73, "\(query)")
            #expect(result.err == "utdelning: standard output: cannot write (No space left on device)\n", "\(query)")
        }
    }

    @Test func anOutputFileThatCannotBeWrittenIs73() throws {
        let (directory, db) = try district()
        let folder = directory.appendingPathComponent("no-such-folder").path
        let pdf = try refused(["report", "--out", folder + "/report.pdf"], db: db, in: directory)
        #expect(pdf.code == 73)
        #expect(pdf.err == "utdelning: \(folder)/report.pdf: cannot write the file (error while writing to output stream)\n")
        let geojson = try refused(["export", "geojson", "--out", folder + "/plan.geojson"], db: db, in: directory)
        #expect(geojson.code == 73)
        #expect(geojson.err == "utdelning: \(folder)/plan.geojson: cannot write the file (No such file or directory)\n")
    }

    /// Root writes to any file whatever its mode, so as root the command runs as nobody.
    @Test(.enabled(if: geteuid() != 0 || FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")))
    func aReadOnlyDatabaseIs74() throws {
        let (directory, db) = try district()
        let csv = Fixtures.file("r2.csv", "lat;lon;hushåll\n59,2;13,2;3\n", in: directory)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: db)
        // The folder stays writable: SQLite keeps its lock file (-shm) there even to read.
        try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: directory.path)
        let nobody = geteuid() == 0 ? ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] : []
        let result = try refused(["import", "households", csv], db: db, in: directory, prefix: nobody)
        #expect(result.code == 74)
        #expect(result.err == "utdelning: the database \(db) is read-only: this command writes to it; check the file's permissions\n")
    }

    /// Another program holds the write lock for longer than the busy timeout (5 s).
    @Test func aDatabaseHeldByAnotherWriterIs74() throws {
        let (directory, db) = try district()
        let holder = try DatabaseQueue(path: db)
        var result: Outcome?
        try holder.inTransaction(.immediate) { _ in
            result = try refused(["area", "lock", "1"], db: db, in: directory)
            return .rollback
        }
        #expect(result?.code == 74)
        #expect(result?.err == "utdelning: the database \(db) is busy: another program is writing to it; try again when it is done\n")
    }

    @Test func aCorruptDatabaseIs74() throws {
        let directory = Fixtures.scratch()
        let db = Fixtures.file("u.sqlite", bytes: Data((0..<8192).map { UInt8(truncatingIfNeeded: $0 &* 7919) }), in: directory)
        let result = try refused(["households", "summary"], db: db, in: directory)
        #expect(result.code == 74)
        #expect(result.err == "utdelning: the database \(db) is damaged or not a database; restore it from a copy or import into a new one\n")
    }
}
