import Households
import OSMFile
import Store

/// Any error of an action as a person should read it, with its kind: the one place that
/// knows every error type. The message is one line (a line for each bad row of a file);
/// the command line turns the kind into an exit code, the server into an HTTP status.
public struct UserError: Sendable, Equatable {
    public let kind: ErrorKind
    public let message: String

    public init(kind: ErrorKind, message: String) {
        self.kind = kind
        self.message = message
    }

    public init(_ error: Error) {
        switch error {
        case let e as OSMFileError: self.init(kind: e.kind == .missing ? .missingInput : .badInput, message: e.description)
        case let e as MissingFileError: self.init(kind: .missingInput, message: e.description)
        case let e as InputFileError: self.init(kind: .badInput, message: e.description)
        case let e as InputFileErrors: self.init(kind: .badInput, message: e.description)
        case let e as DistrictError: self.init(kind: e.kind, message: e.description)
        case let e as ArgumentError: self.init(kind: .badArgument, message: e.description)
        case let e as StoreError: self.init(kind: Self.kind(of: e.kind), message: e.description)
        case let e as StoreRefusal: self.init(kind: .conflict, message: e.description)
        default:
            // Ours to fix; one line even when the text (an SQL statement) has several.
            let text = String(describing: error).split(whereSeparator: \.isNewline).joined(separator: " ")
            self.init(kind: .fault, message: "internal error: \(text)")
        }
    }

    private static func kind(of store: StoreError.Kind) -> ErrorKind {
        switch store {
        case .busy: .databaseBusy
        case .readOnly: .databaseReadOnly
        case .full: .databaseFull
        case .corrupt: .databaseCorrupt
        case .cannotOpen, .ioFailure: .databaseUnavailable
        }
    }
}
