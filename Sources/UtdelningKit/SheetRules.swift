import Rendering
import Vocabulary

/// How sheets are printed and papers ordered; the `sheets:` section of the district configuration.
public struct SheetRules: Sendable, Equatable, Codable {
    /// Where volunteers report back. Each sheet's QR code points to `<base>/areas/<id>?v=<version>`; empty for no code.
    public var reportBaseURL = ""
    /// Papers ordered beyond one per household, in percent.
    public var sparePercent = 5.0
    /// The language of sheets and maps: `sv` or `en`.
    public var language = "sv"

    public init() {}

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = SheetRules()
        reportBaseURL = try c.decodeIfPresent(String.self, forKey: .reportBaseURL) ?? d.reportBaseURL
        sparePercent = try c.decodeIfPresent(Double.self, forKey: .sparePercent) ?? d.sparePercent
        language = try c.decodeIfPresent(String.self, forKey: .language) ?? d.language
        guard SheetWords.Language(rawValue: language) != nil else {
            throw DecodingError.dataCorruptedError(forKey: .language, in: c, debugDescription: "sv or en, not '\(language)'")
        }
    }

    /// The reporting address of one area's sheet version, or nil without a base.
    public func reportURL(area id: AreaID, version: Int) -> String? {
        LinkRules.url(base: reportBaseURL, path: "areas/\(id)?v=\(version)")
    }
}
