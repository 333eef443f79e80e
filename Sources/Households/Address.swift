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
            houseNumber: Self.fold(houseNumber).filter { !$0.isWhitespace && $0 != "-" },
            postcode: postcode.map { $0.filter(\.isNumber) }.flatMap { $0.isEmpty ? nil : $0 })
    }

    /// Lower case, runs of white space as one space, none at the ends. Called for
    /// every address of an import, hence the scalar loop instead of split/joined.
    static func fold(_ s: String) -> String {
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
