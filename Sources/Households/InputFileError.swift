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
