import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The ids one SVG defines and the ids it refers to: `href="#…"`, `xlink:href="#…"`, `url(#…)`.
final class SVGIds: NSObject, XMLParserDelegate {
    private(set) var defined: [String] = []
    private(set) var referenced: [String] = []

    /// Every `<svg …</svg>` of an HTML page, in order.
    static func svgs(in page: String) -> [String] {
        page.components(separatedBy: "<svg").dropFirst().compactMap { rest in
            rest.range(of: "</svg>").map { "<svg" + rest[..<$0.upperBound] }
        }
    }

    static func of(_ svg: String) -> SVGIds? {
        let ids = SVGIds()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = ids
        return parser.parse() ? ids : nil
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String]
    ) {
        for (name, value) in attributes {
            if name == "id" { defined.append(value) }
            if name.hasSuffix("href"), value.hasPrefix("#") { referenced.append(String(value.dropFirst())) }
            var rest = value[...]
            while let open = rest.range(of: "url(#"), let close = rest[open.upperBound...].firstIndex(of: ")") {
                referenced.append(String(rest[open.upperBound..<close]))
                rest = rest[close...]
            }
        }
    }
}
