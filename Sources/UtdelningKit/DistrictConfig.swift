import Foundation
import Geometry
import Households
import Planner
import Routing
import Yams

/// The district configuration (YAML): who the district is, its associations and
/// their contact people, and the rules for counting households and walking.
/// `Config/district.yaml` is the documented default; `utdelning init` writes it.
public struct DistrictConfig: Sendable, Equatable, Codable {
    public struct District: Sendable, Equatable, Codable {
        public var name: String
        /// Election day, "YYYY-MM-DD": the date coverage is measured against.
        public var deadline: String
        /// Households outside every association's polygon: `own` (an association of their
        /// own, `outsideAssociation`) or `nearest` (the nearest association takes them).
        public var outside: String?
        public var outsideAssociation: String?

        /// Where households outside every polygon go.
        public var outsidePoints: OutsidePoints {
            outside == "nearest" ? .nearestAssociation : .ownAssociation(outsideAssociation ?? OutsidePoints.defaultName)
        }
    }

    public struct Association: Sendable, Equatable, Codable {
        public var name: String
        /// The board member who follows up this association.
        public var contact: String?
        /// Where its routes begin, [latitude, longitude]; nil for the middle of its households.
        public var start: [Double]?

        public var startCoordinate: Coordinate? {
            guard let start, start.count == 2 else { return nil }
            return Coordinate(latitude: start[0], longitude: start[1])
        }
    }

    public var district: District
    public var associations: [Association]
    public var households: HouseholdRules
    public var walking: WalkingProfile
    public var planning: PlanningRules
    public var sheets: SheetRules
    public var links: LinkRules
    /// The file it was read from, for errors that name one of its keys.
    public private(set) var path = "Config/district.yaml"

    private enum CodingKeys: String, CodingKey {
        case district, associations, households, walking, planning, sheets, links
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        district = try c.decode(District.self, forKey: .district)
        associations = try c.decodeIfPresent([Association].self, forKey: .associations) ?? []
        households = try c.decodeIfPresent(HouseholdRules.self, forKey: .households) ?? HouseholdRules()
        walking = try c.decodeIfPresent(WalkingProfile.self, forKey: .walking) ?? WalkingProfile()
        planning = try c.decodeIfPresent(PlanningRules.self, forKey: .planning) ?? PlanningRules()
        sheets = try c.decodeIfPresent(SheetRules.self, forKey: .sheets) ?? SheetRules()
        links = try c.decodeIfPresent(LinkRules.self, forKey: .links) ?? LinkRules()
    }

    /// The text `utdelning init` writes: `Config/district.yaml`.
    public static var starterText: String { StarterConfig.yaml }

    /// The starter configuration, the same text as `Config/district.yaml`.
    public static var starter: DistrictConfig {
        get throws { try parse(StarterConfig.yaml, path: "Config/district.yaml") }
    }

    public static func load(path: String) throws -> DistrictConfig {
        try parse(String(decoding: try MissingFileError.contents(of: path), as: UTF8.self), path: path)
    }

    static func parse(_ text: String, path: String) throws -> DistrictConfig {
        var config: DistrictConfig
        do {
            config = try YAMLDecoder().decode(DistrictConfig.self, from: text)
        } catch let error as YamlError {
            throw InputFileError(path: path, message: Self.notYAML(error))
        } catch DecodingError.dataCorrupted(let context) where context.underlyingError is YamlError {
            // Yams wraps its parser's error, the one with a line and column, in "The given
            // data was not valid YAML." (found by Tests/Reliability/fuzz.py).
            throw InputFileError(path: path, message: Self.notYAML(context.underlyingError ?? DecodingError.dataCorrupted(context)))
        } catch let error as DecodingError {
            throw InputFileError(path: path, position: Self.codingPath(error), message: Self.reason(error))
        }
        config.path = path
        try Self.rejectUnknownKeys(text, path: path)
        try Self.checkRanges(config, text: text, path: path)
        for (i, association) in config.associations.enumerated() {
            guard let start = association.start else { continue }
            guard start.count == 2, (-90...90).contains(start[0]), (-180...180).contains(start[1]) else {
                throw InputFileError(path: path, position: "associations[\(i)].start", message: "expected [latitude, longitude], got \(start)")
            }
        }
        guard Self.isDate(config.district.deadline) else {
            throw InputFileError(path: path, position: "district.deadline", message: "'\(config.district.deadline)' is not a date (YYYY-MM-DD)")
        }
        if let outside = config.district.outside, !["own", "nearest"].contains(outside) {
            throw InputFileError(path: path, position: "district.outside", message: "own or nearest, not '\(outside)'")
        }
        if let name = config.district.outsideAssociation, name.trimmingCharacters(in: .whitespaces).isEmpty {
            throw InputFileError(path: path, position: "district.outsideAssociation", message: "the association of outside households needs a name")
        }
        guard !config.district.name.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw InputFileError(path: path, position: "district.name", message: "the district needs a name")
        }
        return config
    }

    /// The keys each section knows. A misspelt key is an error, not a silently ignored line.
    static let knownKeys: [String: Set<String>] = [
        "": ["district", "associations", "households", "walking", "planning", "sheets", "links"],
        "district": ["name", "deadline", "outside", "outsideAssociation"],
        "households": encodedKeys(HouseholdRules()),
        "households.withoutAddress": encodedKeys(WithoutAddressRules()),
        "walking": encodedKeys(WalkingProfile()),
        "planning": encodedKeys(PlanningRules()),
        "sheets": encodedKeys(SheetRules()),
        "links": encodedKeys(LinkRules()),
    ]

    /// The keys a value encodes to: the section's keys, without a second list to keep in step.
    private static func encodedKeys<T: Encodable>(_ value: T) -> Set<String> {
        guard let data = try? JSONEncoder().encode(value),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { return [] }
        return Set(object.keys)
    }

    private static func rejectUnknownKeys(_ text: String, path: String) throws {
        guard let root = try? Yams.load(yaml: text) as? [String: Any] else { return }
        func check(_ mapping: [String: Any], section: String) throws {
            guard let known = knownKeys[section] else { return }
            for key in mapping.keys.sorted() where !known.contains(key) {
                let position = section.isEmpty ? key : "\(section).\(key)"
                throw InputFileError(path: path, position: position, message: "unknown key (known: \(known.sorted().joined(separator: ", ")))")
            }
        }
        try check(root, section: "")
        for section in ["district", "households", "walking", "planning", "sheets", "links"] {
            if let mapping = root[section] as? [String: Any] { try check(mapping, section: section) }
        }
        if let households = root["households"] as? [String: Any], let mapping = households["withoutAddress"] as? [String: Any] {
            try check(mapping, section: "households.withoutAddress")
        }
    }

    /// The first numeric key out of its range, with its line when Yams knows it.
    private static func checkRanges(_ config: DistrictConfig, text: String, path: String) throws {
        for key in ConfigRange.all {
            guard let problem = key.problem(in: config) else { continue }
            let node = try? Yams.compose(yaml: text)
            let line = key.key.split(separator: ".").reduce(node) { node, part in node?[String(part)] }?.mark?.line
            throw InputFileError(path: path, position: [line.map { "line \($0)" }, key.key].compactMap { $0 }.joined(separator: ": "), message: problem)
        }
    }

    public func contact(of association: String) -> String? {
        associations.first { $0.name == association }?.contact
    }

    static func isDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-")
        guard parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return false }
        return parts[0].count == 4 && (1...12).contains(m) && (1...31).contains(d) && y > 1900
    }

    /// Yams's message is "line:column: error: what" and then the line with a caret under it.
    private static func notYAML(_ error: any Error) -> String {
        "not valid YAML: " + (String(describing: error).split(separator: "\n").first.map(String.init) ?? "")
    }

    private static func codingPath(_ error: DecodingError) -> String {
        let context: DecodingError.Context? =
            switch error {
            case .typeMismatch(_, let c), .valueNotFound(_, let c), .keyNotFound(_, let c), .dataCorrupted(let c): c
            @unknown default: nil
            }
        return context?.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".") ?? ""
    }

    private static func reason(_ error: DecodingError) -> String {
        switch error {
        case .keyNotFound(let key, _): return "missing key '\(key.stringValue)'"
        case .typeMismatch(let type, _): return "expected \(type)"
        case .valueNotFound(let type, _): return "expected \(type), found nothing"
        case .dataCorrupted(let context): return context.debugDescription
        @unknown default: return "\(error)"
        }
    }
}

extension DistrictConfig {
    /// A contact or start configured for an association the boundaries do not have is a
    /// mistyped name: an error naming the key, or the board would follow up no one.
    /// - Parameter known: the district's associations; empty before any boundaries (the
    ///   district is one association then, and no configured name can be wrong yet).
    func checkAssociations(known: [String]) throws {
        guard !known.isEmpty else { return }
        let names = Set(known)
        guard let (i, unknown) = associations.enumerated().first(where: { !names.contains($0.element.name) }) else { return }
        throw InputFileError(
            path: path, position: "associations[\(i)].name",
            message: "'\(unknown.name)' is no association of the boundaries (known: \(known.sorted().joined(separator: ", ")))")
    }
}
