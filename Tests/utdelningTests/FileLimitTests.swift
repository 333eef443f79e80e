import Foundation
import TestSupport
import Testing

/// Writes that the system stops: a file-size limit (`ulimit -f`) used to kill an import with
/// SIGXFSZ, exit 153 and no word (issue 17); now the write fails and the command says so in
/// one line. Tests/Reliability/disk.py does the same on a full tmpfs.
@Suite(.serialized)
struct FileLimitTests {
    /// The binary under `ulimit -f 64` (64 blocks of 512 bytes: 32 kB).
    func limited(_ arguments: [String], in directory: URL) throws -> (code: Int32, out: String, err: String) {
        try Fixtures.run("/bin/sh", ["-c", "ulimit -f 64; exec \"$0\" \"$@\"", try CommandLineTests.executable] + arguments, cwd: directory)
    }

    @Test func anImportOverTheFileSizeLimitExits74WithOneLine() throws {
        let directory = Fixtures.scratch()
        let imported = try limited(["import", "osm", Fixtures.neubrandenburgEast], in: directory)
        #expect(imported.code == 74, "\(imported.err)")
        #expect(imported.err.hasPrefix("utdelning: ") && imported.err.filter { $0 == "\n" }.count == 1, "\(imported.err)")
    }

    @Test func aReportOverTheLimitLeavesNoFile() throws {
        let directory = Fixtures.scratch()
        let run = { (arguments: [String]) in try Fixtures.run(try CommandLineTests.executable, arguments, cwd: directory) }
        #expect(try run(["import", "osm", Fixtures.neubrandenburgEast]).code == 0)
        #expect(try run(["plan", "--target-minutes", "30"]).code == 0)
        let report = try limited(["report", "--out", "report.pdf"], in: directory)
        #expect(report.code == 73, "\(report.err)")
        #expect(report.err == "utdelning: report.pdf: cannot write the file (error while writing to output stream)\n")
        let left = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { !$0.hasPrefix("utdelning.sqlite") }
        #expect(left.isEmpty, "\(left)")
    }
}
