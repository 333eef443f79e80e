import ArgumentParser
import Foundation
import UtdelningKit

/// A refusal of the command line itself, not of the input.
struct CommandError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Runs a command's body; any error becomes a line on stderr (a line for each bad row of a
/// file) and an exit code.
func reportingErrors(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as CommandError {
        FileHandle.standardError.write(Data("utdelning: \(error.description)\n".utf8))
        throw ExitCode(64)
    } catch {
        let user = UserError(error)
        let lines = user.message.split(separator: "\n", omittingEmptySubsequences: false).map { "utdelning: \($0)\n" }
        FileHandle.standardError.write(Data(lines.joined().utf8))
        throw ExitCode(user.exitCode)
    }
}

/// Progress on stderr, only when a person is watching it.
func terminalProgress(_ noun: String) -> ((Int) -> Void)? {
    guard isatty(STDERR_FILENO) == 1 else { return nil }
    return { count in FileHandle.standardError.write(Data("\rread \(count) \(noun)…".utf8)) }
}

func finishProgress() {
    if isatty(STDERR_FILENO) == 1 { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
}
