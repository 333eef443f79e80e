import COSMium
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
    /// Where it stopped: "line 12, column 4" in XML, or "after way 4711 (object 12,345)".
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

extension OSMFileError {
    /// The error the shim reported, or nil when it read the file through (or a handler stopped it).
    init?(_ result: cosmium_result, path: String) {
        let message = withUnsafeBytes(of: result.message) { raw in
            String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
        }
        let said = message.isEmpty ? "" : " (\(message.hasSuffix(".") ? String(message.dropLast()) : message))"
        // XML: where the element is (the shim finds it when libosmium does not say); PBF: the last object read.
        let position = result.line > 0 ? "line \(result.line), column \(result.column)" : ReadPosition(result).description
        switch cosmium_status(UInt32(bitPattern: result.status)) {
        case COSMIUM_OK, COSMIUM_STOPPED:
            return nil
        case COSMIUM_CORRUPT_PBF:
            self.init(path: path, kind: .corruptPBF, position: position, detail: "the PBF data is truncated or corrupt" + said)
        case COSMIUM_MALFORMED_XML:
            self.init(path: path, kind: .malformedXML, position: position, detail: "malformed OSM XML" + said)
        case COSMIUM_INVALID_LOCATION:
            self.init(path: path, kind: .invalidCoordinate, position: position, detail: "coordinate out of range" + said)
        case COSMIUM_UNREADABLE:
            self.init(path: path, kind: .unreadable, position: position, detail: "cannot read" + said)
        default:
            self.init(path: path, kind: .unreadable, position: position, detail: "libosmium failed" + said)
        }
    }
}

/// The last object read, for error positions in files that carry no line numbers (PBF).
struct ReadPosition {
    var objects: Int
    var last: (type: OSMMemberType, id: Int64)?

    init(_ result: cosmium_result) {
        objects = Int(result.objects)
        last = OSMMemberType(result.last_type).map { ($0, result.last_id) }
    }

    var description: String {
        guard let last else { return "before the first object" }
        return "after \(last.type) \(last.id) (object \(objects.grouped))"
    }
}
