import Foundation
import TestSupport
import Testing

/// `volunteers edit`: the console's edit from the command line, the same use case.
@Suite(.serialized)
struct VolunteerCommandTests {
    @Test func editChangesWhatIsGivenAndRefusesBadValuesWithNothingWritten() throws {
        let (directory, db) = try ErrorKindTests().district()
        let people = Fixtures.file("people.csv", "namn;förening;kapacitet;lat;lon\nBo Ström;Värmland;1;59,1;13,2\n", in: directory)
        func utdelning(_ arguments: [String]) throws -> (code: Int32, out: String, err: String) {
            try Fixtures.run(try CommandLineTests.executable, arguments + ["--db", db], cwd: directory)
        }
        #expect(try utdelning(["volunteers", "import", people]).code == 0)
        let edited = try utdelning(["volunteers", "edit", "1", "--areas", "3", "--mode", "bike"])
        #expect(edited.code == 0 && edited.out == "volunteer 1: Värmland, bike, 3 areas\n", "\(edited.err)")
        for bad in [["--areas", "101"], ["--association", "Atlantis"], ["--mode", "plane"], ["--areas", "2", "--hours", "3"], []] {
            let refused = try utdelning(["volunteers", "edit", "1"] + bad)
            #expect(refused.code != 0 && !refused.err.isEmpty, "\(bad)")
        }
        #expect(try utdelning(["volunteers", "edit", "9", "--areas", "1"]).code != 0)
        let listed = try utdelning(["volunteers", "list"]).out
        #expect(listed.contains("Värmland\tbike\t3 areas"), "\(listed)")
    }
}
