import Foundation
import Households
import OSMFile
import Rendering
import Store

/// Any error of an action as a person should read it, with its kind: the one place that
/// knows every error type. The message is one line (a line for each bad row of a file);
/// the command line turns the kind into an exit code, the server into an HTTP status.
public struct UserError: Sendable, Equatable {
    public let kind: ErrorKind
    public let message: String

    /// Longest line a message keeps: a value quoted from a file can be a 10 MB line.
    public static let longestLine = 500

    public init(kind: ErrorKind, message: String) {
        self.kind = kind
        self.message = message.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.count > Self.longestLine ? $0.prefix(Self.longestLine) + "…" : $0 }.joined(separator: "\n")
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
        case let e as Document.Failure where e.cannotWrite: self.init(kind: .cannotWrite, message: e.description)
        case let e as CocoaError where e.isFileError: self.init(fileError: e)
        default:
            // Ours to fix; one line even when the text (an SQL statement) has several.
            let text = String(describing: error).split(whereSeparator: \.isNewline).joined(separator: " ")
            self.init(kind: .fault, message: "internal error: \(text)")
        }
    }

    /// Foundation's file errors: reading is missing input, anything else (writing an output
    /// file, making its folder) cannot be written. Its own text is a paragraph with a dictionary.
    private init(fileError e: CocoaError) {
        let reading = (256..<512).contains(e.errorCode)
        let path = e.filePath ?? e.url?.path ?? "a file"
        let cause = (e.underlying as? POSIXError).map { String(cString: strerror($0.code.rawValue)) }
        let message = "\(path): cannot \(reading ? "read" : "write") the file" + (cause.map { " (\($0))" } ?? "")
        self.init(kind: reading ? .missingInput : .cannotWrite, message: message)
    }

    private static func kind(of store: StoreError.Kind) -> ErrorKind {
        switch store {
        case .busy, .changed: .databaseBusy
        case .readOnly: .databaseReadOnly
        case .full: .databaseFull
        case .corrupt: .databaseCorrupt
        case .cannotOpen, .ioFailure: .databaseUnavailable
        }
    }
}
