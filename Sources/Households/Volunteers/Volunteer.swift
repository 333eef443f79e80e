import Geometry

/// A volunteer as read from a people export: who, for which association, from where,
/// how much, how. Contact details are kept for the coordinator, never printed on sheets.
public struct Volunteer: Sendable, Equatable {
    public enum Mode: String, Sendable, CaseIterable, Codable {
        case walk, bike, car
    }

    /// Where the volunteer starts from: an address to find among the imported ones, or a position.
    public enum Home: Sendable, Equatable {
        case address(Address)
        case coordinate(Coordinate)
    }

    public var name: String
    /// Nil when the file has no association: it follows from the home.
    public var association: String?
    public var home: Home?
    /// Areas the volunteer takes on; hours are turned into areas by the target time.
    public var capacityAreas: Int?
    public var capacityHours: Double?
    public var mode: Mode
    public var email: String?
    public var phone: String?

    public init(
        name: String, association: String?, home: Home?, capacityAreas: Int?, capacityHours: Double?, mode: Mode, email: String?, phone: String?
    ) {
        self.name = name
        self.association = association
        self.home = home
        self.capacityAreas = capacityAreas
        self.capacityHours = capacityHours
        self.mode = mode
        self.email = email
        self.phone = phone
    }

    /// What makes two rows the same person, so an import twice adds no one: the e-mail,
    /// else the phone's digits, else the name.
    public var identity: String {
        if let email, !email.isEmpty { return "email:" + email.lowercased() }
        if let phone, !phone.filter(\.isNumber).isEmpty { return "phone:" + phone.filter(\.isNumber) }
        return "name:" + name.lowercased().split(separator: " ").joined(separator: " ")
    }
}
