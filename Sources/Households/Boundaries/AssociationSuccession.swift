import Geometry
import Vocabulary

/// What becomes of the associations that an import no longer names. A campaign's
/// state hangs on its associations (volunteers, areas, delivery reports), so one that
/// holds any of it never goes unless the coordinator says what to do: rename it (it
/// keeps its id and all it holds) or drop it. Volunteers of an association that goes
/// move to the association their home lies in; those of the district-named stand-in
/// (no boundaries yet) need no word for that, only those that cannot move do.
public struct AssociationSuccession: Sendable, Equatable {
    /// A volunteer as far as succession is concerned.
    public struct Member: Sendable, Equatable {
        public var id: VolunteerID
        public var name: String
        public var home: Coordinate?

        public init(id: VolunteerID, name: String, home: Coordinate?) {
            self.id = id
            self.name = name
            self.home = home
        }
    }

    /// What an association holds of the campaign.
    public struct Holdings: Sendable, Equatable {
        public var volunteers: [Member] = []
        public var areas = 0
        public var deliveries = 0

        public init(volunteers: [Member] = [], areas: Int = 0, deliveries: Int = 0) {
            self.volunteers = volunteers
            self.areas = areas
            self.deliveries = deliveries
        }
    }

    /// The coordinator's words: `--rename OLD=NEW` and `--drop NAME`.
    public struct Choices: Sendable, Equatable {
        public var renames: [String: String]
        public var drops: Set<String>

        public init(renames: [String: String] = [:], drops: Set<String> = []) {
            self.renames = renames
            self.drops = drops
        }

        public var isEmpty: Bool { renames.isEmpty && drops.isEmpty }
    }

    /// An association that goes, with what went with it.
    public struct Removal: Sendable, Equatable, Codable {
        public var name: String
        public var areas: Int
        public var volunteers: Int

        public init(name: String, areas: Int, volunteers: Int) {
            self.name = name
            self.areas = areas
            self.volunteers = volunteers
        }
    }

    /// old name → new name; each keeps its id.
    public private(set) var renames: [String: String] = [:]
    /// volunteer id → the association their home lies in.
    public private(set) var moves: [VolunteerID: String] = [:]
    public private(set) var removals: [Removal] = []

    /// Nothing renamed, moved or removed.
    public init() {}

    /// - Parameters:
    ///   - existing: every stored association and what it holds.
    ///   - wanted: the associations the imported facts make.
    ///   - districtName: the stand-in's name while there are no boundaries.
    ///   - hasBoundaries: false when `wanted` is the stand-in alone.
    ///   - locate: the association a position lies in, if any.
    /// - Throws: `AssociationRefusal` for a choice that does not fit, or state that would be lost.
    public init(
        existing: [String: Holdings], wanted: [String], choices: Choices, districtName: String, hasBoundaries: Bool,
        locate: (Coordinate) throws -> String?
    ) throws {
        let wantedSet = Set(wanted)
        try Self.check(choices, existing: existing, wanted: wantedSet)
        renames = choices.renames
        var going = existing.keys.filter { !wantedSet.contains($0) && renames[$0] == nil }.sorted()
        // Without boundaries the district is one association: a new district name renames it.
        if !hasBoundaries, existing.count == 1, let old = going.first {
            renames[old] = districtName
            going = []
        }
        var refusals: [String] = []
        for name in going {
            let holdings = existing[name] ?? Holdings()
            var stranded: [(Member, String)] = []
            for member in holdings.volunteers {
                if let home = member.home, let target = try locate(home), wantedSet.contains(target) {
                    moves[member.id] = target
                } else {
                    stranded.append((member, member.home == nil ? "has no home" : "lives outside every association"))
                }
            }
            if choices.drops.contains(name) {
                removals.append(Removal(name: name, areas: holdings.areas, volunteers: stranded.count))
                continue
            }
            // The stand-in's volunteers move on their own; any other's would mean a renamed association.
            let volunteers = name == districtName && hasBoundaries ? stranded.count : holdings.volunteers.count
            let counts = [(volunteers, "volunteer"), (holdings.areas, "area"), (holdings.deliveries, "delivery report")]
                .filter { $0.0 > 0 }.map { "\($0.0) \($0.1)\($0.0 == 1 ? "" : "s")" }
            guard !counts.isEmpty else {
                removals.append(Removal(name: name, areas: 0, volunteers: 0))
                continue
            }
            var held = "'\(name)' (\(counts.joined(separator: ", "))"
            if name == districtName && hasBoundaries && !stranded.isEmpty {
                let shown = stranded.prefix(5).map { "\($0.0.name) (id \($0.0.id)) \($0.1)" }
                held += ": " + shown.joined(separator: ", ") + (stranded.count > 5 ? " and \(stranded.count - 5) more" : "")
            }
            refusals.append(held + ")")
        }
        guard refusals.isEmpty else {
            throw AssociationRefusal(message: "would drop " + refusals.joined(separator: ", ") + "; use --rename OLD=NEW or --drop NAME")
        }
    }

    /// Each choice must name an association that goes, and a rename one the import makes.
    private static func check(_ choices: Choices, existing: [String: Holdings], wanted: Set<String>) throws {
        let known = existing.keys.sorted().map { "'\($0)'" }.joined(separator: ", ")
        for (old, new) in choices.renames.sorted(by: { $0.key < $1.key }) {
            let what = "--rename \(old)=\(new)"
            guard existing[old] != nil else { throw AssociationRefusal(message: "\(what): no association '\(old)' (there are \(known))") }
            guard !wanted.contains(old) else { throw AssociationRefusal(message: "\(what): '\(old)' stays an association") }
            guard wanted.contains(new) else { throw AssociationRefusal(message: "\(what): the file has no association '\(new)'") }
            guard existing[new] == nil else { throw AssociationRefusal(message: "\(what): '\(new)' exists already") }
            guard !choices.drops.contains(old) else { throw AssociationRefusal(message: "\(what): '\(old)' is also dropped") }
        }
        let olds = Dictionary(grouping: choices.renames.keys, by: { choices.renames[$0] ?? "" })
        if let (new, twice) = olds.sorted(by: { $0.key < $1.key }).first(where: { $0.value.count > 1 }) {
            throw AssociationRefusal(message: "--rename: \(twice.sorted().joined(separator: " and ")) would both become '\(new)'")
        }
        for name in choices.drops.sorted() {
            guard existing[name] != nil else { throw AssociationRefusal(message: "--drop \(name): no association '\(name)' (there are \(known))") }
            guard !wanted.contains(name) else { throw AssociationRefusal(message: "--drop \(name): '\(name)' stays an association") }
        }
    }
}

/// Why an import would not change the associations as it stands.
public struct AssociationRefusal: Error, Sendable, Equatable {
    public let message: String
}
