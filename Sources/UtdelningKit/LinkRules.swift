import Foundation

/// Where links point and until when they open; the `links:` section of the district configuration.
public struct LinkRules: Sendable, Equatable, Codable {
    /// The address phones reach the server at; links and sheets' QR codes start with it. Empty: none yet.
    public var publicURL = ""
    /// The last day links open, "YYYY-MM-DD"; empty for 14 days after the district's deadline.
    public var expires = ""
    /// Offer OpenStreetMap's own map images beneath the phone's map, for a phone that is online.
    /// Off: the map is our vectors alone and the page asks nothing of another host.
    public var openStreetMapLayer = false

    /// Links outlive election day by this much: stragglers report late, and the board reads on.
    static let daysAfterDeadline = 14

    public init() {}

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        publicURL = try c.decodeIfPresent(String.self, forKey: .publicURL) ?? ""
        expires = try c.decodeIfPresent(String.self, forKey: .expires) ?? ""
        openStreetMapLayer = try c.decodeIfPresent(Bool.self, forKey: .openStreetMapLayer) ?? false
        guard expires.isEmpty || DistrictConfig.isDate(expires) else {
            throw DecodingError.dataCorruptedError(forKey: .expires, in: c, debugDescription: "a date (YYYY-MM-DD) or empty, not '\(expires)'")
        }
    }

    /// The last day a link opens: `expires`, else 14 days after the deadline.
    func lastDay(deadline: String) -> String {
        if !expires.isEmpty { return expires }
        guard let noon = DeliveryFile.parseDate(deadline + "T12:00:00Z") else { return deadline }
        return District.day(noon.addingTimeInterval(Double(Self.daysAfterDeadline) * 86_400))
    }

    /// Whether links can be made: there is an address to start them with.
    public var hasPublicURL: Bool { Self.url(base: publicURL, path: "v") != nil }

    /// Whether phones and browsers reach the server over HTTPS (its cookies are then Secure).
    public var isHTTPS: Bool { publicURL.trimmingCharacters(in: .whitespaces).lowercased().hasPrefix("https://") }

    /// `<base>/<path>`, whether or not the base ends in a slash; nil without a base.
    static func url(base: String, path: String) -> String? {
        let trimmed = base.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return nil }
        return (trimmed.hasSuffix("/") ? String(trimmed.dropLast()) : trimmed) + "/" + path
    }
}

/// The last day links open, as a day and as the moment (UTC midnight after it) they close.
struct LinkDays: Sendable {
    let lastDay: String
    let closesAt: Date?

    init(_ config: DistrictConfig) {
        lastDay = config.links.lastDay(deadline: config.district.deadline)
        closesAt = DeliveryFile.parseDate(lastDay + "T00:00:00Z").map { $0.addingTimeInterval(86_400) }
    }

    /// Past the last day (UTC), as `District.day(now) > lastDay` says, without formatting a date.
    func isPast(_ now: Date) -> Bool {
        guard let closesAt else { return District.day(now) > lastDay }
        return now >= closesAt
    }
}
