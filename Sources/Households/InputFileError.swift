/// A file that cannot be imported as it is: which file, where, and what is wrong.
public struct InputFileError: Error, CustomStringConvertible, Sendable, Equatable {
    public let path: String
    /// "line 4", "feature 3 ('Karlstad')", or empty when the whole file is at fault.
    public let position: String
    public let message: String

    public init(path: String, position: String = "", message: String) {
        self.path = path
        self.position = position
        self.message = message
    }

    public var description: String {
        [path, position, message].filter { !$0.isEmpty }.joined(separator: ": ")
    }
}

/// Several bad rows of one file, each with its line, so the whole file can be put right in
/// one go instead of one error a run.
public struct InputFileErrors: Error, CustomStringConvertible, Sendable, Equatable {
    public let errors: [InputFileError]

    /// One line per error, in the file's order.
    public var description: String { errors.map(\.description).joined(separator: "\n") }

    /// Throws nothing for no problems, the one error for one, all of them (by line) for more.
    /// - Parameter problems: a message per line of the file.
    public static func check(path: String, lines problems: [Int: String]) throws {
        let errors = problems.keys.sorted().map { InputFileError(path: path, position: "line \($0)", message: problems[$0] ?? "") }
        if errors.count > 1 { throw InputFileErrors(errors: errors) }
        if let only = errors.first { throw only }
    }
}
