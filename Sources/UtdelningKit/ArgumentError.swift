/// A value given to an action that it cannot take (`--since` that is no date, `--spare`
/// out of range); the request is at fault, not a file or the district.
public struct ArgumentError: Error, CustomStringConvertible, Sendable, Equatable {
    public let message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
