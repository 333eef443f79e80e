/// A postal address as the map or a register writes it.
public struct Address: Hashable, Sendable, Codable {
    public var street: String
    public var houseNumber: String
    public var postcode: String?
    public var city: String?

    public init(street: String, houseNumber: String, postcode: String? = nil, city: String? = nil) {
        self.street = street
        self.houseNumber = houseNumber
        self.postcode = postcode
        self.city = city
    }

    /// False for a point the map knows only by its position.
    public var hasStreetAndNumber: Bool {
        !matchKey.street.isEmpty && !matchKey.houseNumber.isEmpty
    }

    /// "Storgatan 12B" — how a volunteer reads it; the street alone for a house without a number.
    public var line: String { houseNumber.isEmpty ? street : "\(street) \(houseNumber)" }

    /// The address reduced to what identifies it: case, spacing and punctuation
    /// in the number ignored ("12 b" = "12B"), postcode digits only.
    public var matchKey: AddressMatchKey {
        AddressMatchKey(
            street: Self.fold(street),
            houseNumber: Self.foldNumber(houseNumber),
            postcode: postcode.map(Self.digits).flatMap { $0.isEmpty ? nil : $0 })
    }

    /// The number folded, without white space or hyphens: "12 b" and "12-B" are "12b".
    static func foldNumber(_ s: String) -> String {
        let folded = fold(s)
        guard folded.utf8.allSatisfy({ $0 < 0x80 }) else { return folded.filter { !$0.isWhitespace && $0 != "-" } }
        // ASCII: every character is one byte (but "\r\n", white space either way), and
        // its white space is tab to carriage return and the space.
        return String(decoding: folded.utf8.filter { !(0x09...0x0D).contains($0) && $0 != 0x20 && $0 != 0x2D }, as: UTF8.self)
    }

    /// The digits of a postcode.
    static func digits(_ s: String) -> String {
        guard s.utf8.allSatisfy({ $0 < 0x80 }) else { return s.filter(\.isNumber) }
        return String(decoding: s.utf8.filter { (0x30...0x39).contains($0) }, as: UTF8.self)
    }

    /// Lower case, runs of white space as one space, none at the ends. Called for
    /// every address of an import, several times (the match key is worked out where it
    /// is needed), and a register's field can be megabytes long: ASCII, the common
    /// case, is folded byte by byte, the rest by scalar (not split/joined).
    static func fold(_ s: String) -> String {
        s.utf8.allSatisfy({ $0 < 0x80 }) ? foldASCII(s) : foldScalars(s)
    }

    /// `fold` for any text, scalar by scalar.
    static func foldScalars(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in s.lowercased().unicodeScalars {
            let isSpace = scalar.isASCII ? (scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r") : scalar.properties.isWhitespace
            if isSpace {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace {
                out.append(" ")
                pendingSpace = false
            }
            out.append(scalar)
        }
        return String(out)
    }

    /// `fold` for ASCII text: the same white space ("\t", "\n", "\r", " "), A–Z lowered.
    static func foldASCII(_ s: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        var pendingSpace = false
        for byte in s.utf8 {
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace {
                out.append(0x20)
                pendingSpace = false
            }
            out.append((0x41...0x5A).contains(byte) ? byte + 0x20 : byte)
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// What two spellings of one address have in common. The postcode is compared only
/// when both sides have one.
public struct AddressMatchKey: Hashable, Sendable {
    public let street: String
    public let houseNumber: String
    public let postcode: String?

    /// Street and number: the part every address has.
    public var streetAndNumber: String { "\(street)|\(houseNumber)" }

    public func agrees(with other: AddressMatchKey) -> Bool {
        guard street == other.street, houseNumber == other.houseNumber else { return false }
        guard let a = postcode, let b = other.postcode else { return true }
        return a == b
    }
}
