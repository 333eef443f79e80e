import Testing
import UtdelningKit

@testable import utdelning

/// The kind → exit code table, which the binary tests reach only kind by kind.
struct ExitCodeTests {
    @Test func onlyAFaultOfOursExitsWith70() {
        #expect(ErrorKind.allCases.filter { $0.exitCode == 70 } == [.fault])
        #expect(Set(ErrorKind.allCases.map(\.exitCode)) == [64, 65, 66, 70, 73, 74])
    }

    @Test func aRefusalOfTheCommandLineIsUsage() {
        let (code, lines) = exitStatus(of: CommandError("map.png exists; use --force to overwrite it"))
        #expect(code == 64)
        #expect(lines == "utdelning: map.png exists; use --force to overwrite it\n")
    }

    @Test func anUnknownErrorIsAFaultOnOneLine() {
        struct Strange: Error, CustomStringConvertible { var description: String { "first\nsecond" } }
        let (code, lines) = exitStatus(of: Strange())
        #expect(code == 70)
        #expect(lines == "utdelning: internal error: first second\n")
    }
}
