import Wording

/// Why a file could not be read, with the position it stopped at.
public struct OSMFileError: Error, CustomStringConvertible, Sendable {
    public enum Kind: Sendable, Equatable {
        case missing
        case empty
        case unsupportedSuffix
        case corruptPBF
        case malformedXML
        case unreadable
        case invalidCoordinate
    }

    public let path: String
    public let kind: Kind
    /// Where it stopped: "line 12, column 4", or "after way 4711 (object 12,345)".
    public let position: String
    public let detail: String

    public init(path: String, kind: Kind, position: String, detail: String) {
        self.path = path
        self.kind = kind
        self.position = position
        self.detail = detail
    }

    public var description: String {
        [path, position, detail].filter { !$0.isEmpty }.joined(separator: ": ")
    }
}

/// The last object read, for error positions in files that carry no line numbers (PBF).
struct ReadPosition {
    var objects = 0
    var last: (type: OSMMemberType, id: Int64)?

    var description: String {
        guard let last else { return "before the first object" }
        return "after \(last.type) \(last.id) (object \(objects.grouped))"
    }
}
