import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// libreadosm reports only that an XML file is malformed, not where. On that
/// error path alone, a second parser finds the line and column a person can open.
enum XMLErrorLocator {
    static func locate(path: String) -> (position: String?, detail: String) {
        guard let parser = XMLParser(contentsOf: URL(fileURLWithPath: path)) else {
            return (nil, "malformed XML")
        }
        if parser.parse() { return (nil, "malformed OSM XML") }
        let reason = (parser.parserError as NSError?)?.localizedDescription ?? "malformed XML"
        return ("line \(parser.lineNumber), column \(parser.columnNumber)", "malformed XML (\(reason))")
    }
}
