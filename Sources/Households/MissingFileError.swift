import Foundation

/// An input file that is not there or cannot be read: there is no position to name, and the
/// fix is another path or permission, not an edit of the file (so not an `InputFileError`).
public struct MissingFileError: Error, CustomStringConvertible, Sendable, Equatable {
    public enum Reason: Sendable, Equatable {
        case notFound
        case unreadable
    }

    public let path: String
    public let reason: Reason

    public init(path: String, reason: Reason) {
        self.path = path
        self.reason = reason
    }

    /// The file's bytes, or why there are none.
    public static func contents(of path: String) throws -> Data {
        guard FileManager.default.fileExists(atPath: path) else { throw MissingFileError(path: path, reason: .notFound) }
        guard let data = FileManager.default.contents(atPath: path) else { throw MissingFileError(path: path, reason: .unreadable) }
        return data
    }

    public var description: String {
        "\(path): " + (reason == .notFound ? "no such file" : "cannot read the file")
    }
}
