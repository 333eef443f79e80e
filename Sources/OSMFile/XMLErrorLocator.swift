import CExpat
import Foundation

/// libreadosm reports only that an XML file is malformed, not where. On that error
/// path alone, the file is parsed again with Expat, the parser libreadosm itself
/// uses, which names the line and column a person can open.
enum XMLErrorLocator {
    static func locate(path: String) -> (position: String?, detail: String) {
        guard let parser = XML_ParserCreate(nil) else { return (nil, "malformed XML") }
        defer { XML_ParserFree(parser) }
        guard let file = FileHandle(forReadingAtPath: path) else { return (nil, "malformed XML") }
        defer { try? file.close() }
        while true {
            let chunk = file.readData(ofLength: 1 << 20)
            let isFinal: Int32 = chunk.isEmpty ? 1 : 0
            // returns XML_STATUS_ERROR (0) on a syntax error
            let status = chunk.withUnsafeBytes { raw in
                XML_Parse(parser, raw.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(chunk.count), isFinal)
            }
            if status == XML_STATUS_ERROR {
                let reason = XML_ErrorString(XML_GetErrorCode(parser)).map { String(cString: $0) } ?? "syntax error"
                return ("line \(XML_GetCurrentLineNumber(parser)), column \(XML_GetCurrentColumnNumber(parser) + 1)", "malformed XML (\(reason))")
            }
            if isFinal == 1 { return (nil, "malformed OSM XML") }
        }
    }
}
