import Foundation

/// An SVG file from cairo made fit to sit beside others in one HTML page. Cairo names the
/// glyphs and clip paths of every file alike (`glyph0-1`, `clip1`), and in one page the first
/// definition of an id wins, so a second chart would draw its labels with the first one's letters.
enum InlineSVG {
    /// From `<svg` on (no XML declaration), every id and every reference to one prefixed:
    /// `id="…"`, `href="#…"` (and `xlink:href`), `url(#…)`.
    static func inline(_ file: String, prefix: String) -> String {
        let svg = file.range(of: "<svg").map { String(file[$0.lowerBound...]) } ?? file
        return svg.replacing(#/(\s)id="/#) { "\($0.output.1)id=\"\(prefix)" }
            .replacingOccurrences(of: "href=\"#", with: "href=\"#\(prefix)")
            .replacingOccurrences(of: "url(#", with: "url(#\(prefix)")
    }
}
