import Vocabulary

extension Assignment {
    /// Someone who could take an area by hand, with how many areas they hold and may hold.
    public struct Candidate: Sendable, Equatable {
        public var person: Person
        public var holds: Int
        /// The area's own association (else a neighbour with room).
        public var own: Bool

        public init(person: Person, holds: Int, own: Bool) {
            self.person = person
            self.holds = holds
            self.own = own
        }
    }

    /// Whom to offer for one area: its association's volunteers first, those with room before
    /// the full, then the volunteers with room of the nearest other associations that have room,
    /// the same neighbours `suggestions` names. Within each group, by fewest areas held, then id.
    public static func candidates(for area: AreaSlot, people: [Person], volunteerOf: [AreaID: VolunteerID], perAssociation: Int = 3) -> [Candidate] {
        let room = Room(people: people, volunteerOf: volunteerOf)
        func candidate(_ person: Person) -> Candidate {
            Candidate(person: person, holds: room.load[person.id] ?? 0, own: person.association == area.association)
        }
        let byLoad: (Candidate, Candidate) -> Bool = { a, b in
            (a.holds >= a.person.capacity ? 1 : 0, a.holds, a.person.id) < (b.holds >= b.person.capacity ? 1 : 0, b.holds, b.person.id)
        }
        let own = people.filter { $0.association == area.association }.map(candidate).sorted(by: byLoad)
        let helpers = room.nearestHelpers(to: [area], of: area.association, limit: perAssociation)
        let neighbours = helpers.flatMap { helper in
            people.filter { $0.association == helper }.map(candidate).filter { $0.holds < $0.person.capacity }.sorted(by: byLoad)
        }
        return own + neighbours
    }
}
