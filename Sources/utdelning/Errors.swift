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
    } catch {
        let (code, lines) = exitStatus(of: error)
        FileHandle.standardError.write(Data(lines.utf8))
        throw ExitCode(code)
    }
}

/// The one place a failure becomes an exit code and its line on stderr (a line for each bad
/// row of a file).
func exitStatus(of error: Error) -> (code: Int32, lines: String) {
    let user: UserError
    switch error {
    case let e as CommandError: user = UserError(kind: .badArgument, message: e.description)
    case let e as StandardOutputError: user = UserError(kind: .cannotWrite, message: e.description)
    default: user = UserError(error)
    }
    let lines = user.message.split(separator: "\n", omittingEmptySubsequences: false).map { "utdelning: \($0)\n" }
    return (user.kind.exitCode, lines.joined())
}

extension ErrorKind {
    /// sysexits.h; the server maps the same kinds to HTTP statuses.
    var exitCode: Int32 {
        switch self {
        case .badArgument: 64  // EX_USAGE
        case .badInput, .notFound, .notReady, .conflict: 65  // EX_DATAERR
        case .missingInput: 66  // EX_NOINPUT
        case .fault: 70  // EX_SOFTWARE
        case .cannotWrite: 73  // EX_CANTCREAT
        case .databaseBusy, .databaseReadOnly, .databaseFull, .databaseCorrupt, .databaseUnavailable: 74  // EX_IOERR
        }
    }
}

/// Progress on stderr, only when a person is watching it.
func terminalProgress() -> ImportProgress? {
    guard isatty(STDERR_FILENO) == 1 else { return nil }
    return { step in
        switch step {
        case .reading(let objects): FileHandle.standardError.write(Data("\rread \(objects) objects…".utf8))
        case .writing: FileHandle.standardError.write(Data("\r\u{1B}[Kwriting…".utf8))
        }
    }
}

func finishProgress() {
    if isatty(STDERR_FILENO) == 1 { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
}
