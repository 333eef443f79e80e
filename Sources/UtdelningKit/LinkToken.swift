import Crypto
import Foundation

/// A link's bearer secret: 128 random bits, written base64url (22 characters) into the link,
/// stored only as its SHA-256, so a copy of the database opens no one's areas.
public struct LinkToken: Sendable, Equatable {
    public let text: String

    /// A fresh token from the system's cryptographic generator (also the server's form tokens).
    public static func random() -> LinkToken {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<2).flatMap { _ in withUnsafeBytes(of: generator.next() as UInt64) { Array($0) } }
        return LinkToken(checked: Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: ""))
    }

    private init(checked text: String) { self.text = text }

    /// Nil for text no link of ours could hold, so the database is not asked about it.
    public init?(_ text: String) {
        guard text.count == 22, text.allSatisfy(Self.urlSafe.contains) else { return nil }
        self.text = text
    }

    /// The characters of base64url, which pass through a URL path unescaped.
    static let urlSafe = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")

    var hash: Data { Data(SHA256.hash(data: Data(text.utf8))) }
}
