import Households
import OSMFile
import Store

/// Any error of an action as a person should read it: one line naming the file and
/// the position (a line each when a file has several bad rows), and the kind of failure, which the command line turns into an exit
/// code (sysexits.h) and the server into an HTTP status.
public struct UserError: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// The input exists but is not acceptable (EX_DATAERR 65, HTTP 422).
        case badInput
        /// The input file is missing or unreadable (EX_NOINPUT 66, HTTP 404).
        case missingInput
        /// The database cannot be opened or written (EX_IOERR 74, HTTP 500).
        case storage
        /// A fault of ours (EX_SOFTWARE 70, HTTP 500).
        case internalError
    }

    public let kind: Kind
    public let message: String

    public init(_ error: Error) {
        switch error {
        case let e as OSMFileError:
            kind = e.kind == .missing ? .missingInput : .badInput
            message = e.description
        case let e as MissingFileError:
            kind = .missingInput
            message = e.description
        case let e as InputFileError:
            kind = .badInput
            message = e.description
        case let e as InputFileErrors:
            kind = .badInput
            message = e.description
        case let e as StoreError:
            kind = .storage
            message = e.description
        default:
            kind = .internalError
            message = String(describing: error)
        }
    }

    public var exitCode: Int32 {
        switch kind {
        case .badInput: 65
        case .missingInput: 66
        case .storage: 74
        case .internalError: 70
        }
    }
}
