import Geometry
import Households
import Vocabulary

/// Who walks which area: areas go to the volunteers of their own association, near their
/// homes, within each one's capacity, and bike and car areas only to volunteers who cycle
/// or drive. What people already hold stays theirs and uses up their capacity.
public enum Assignment {
    public struct AreaSlot: Sendable, Equatable {
        public var id: AreaID
        public var association: String
        public var mode: PlannedArea.Mode
        /// Where the area begins (its first stop).
        public var start: Coordinate
        /// The work time the area was cut to (zero when unknown).
        public var targetTime: Minutes

        public init(id: AreaID, association: String, mode: PlannedArea.Mode, start: Coordinate, targetTime: Minutes = .zero) {
            self.id = id
            self.association = association
            self.mode = mode
            self.start = start
            self.targetTime = targetTime
        }
    }

    public struct Person: Sendable, Equatable {
        public var id: VolunteerID
        public var association: String
        public var home: Coordinate?
        /// Areas they take on.
        public var capacity: Int
        public var mode: Volunteer.Mode

        public init(id: VolunteerID, association: String, home: Coordinate?, capacity: Int, mode: Volunteer.Mode) {
            self.id = id
            self.association = association
            self.home = home
            self.capacity = capacity
            self.mode = mode
        }

        public func canDo(_ mode: PlannedArea.Mode) -> Bool {
            switch mode {
            case .walk: true
            case .bike: self.mode == .bike
            case .car: self.mode == .car
            }
        }
    }

    /// A pair the coordinator ruled out: this volunteer was taken off this area by hand.
    public struct Refusal: Sendable, Hashable {
        public var area: AreaID
        public var volunteer: VolunteerID

        public init(area: AreaID, volunteer: VolunteerID) {
            self.area = area
            self.volunteer = volunteer
        }
    }

    /// Capacity in areas: given as areas, else hours over the target time (at least one), else one.
    public static func capacity(areas: Int?, hours: Double?, target: Minutes) -> Int {
        if let areas { return areas }
        if let hours { return max(1, Int((Minutes(hours: hours) / target).rounded(.down))) }
        return 1
    }

    /// The target time hours are divided by for a volunteer of this association: the
    /// longest target its areas were cut to (so hours are never overrun), else the fallback.
    public static func targetTime(of association: String, in areas: [AreaSlot], fallback: Minutes) -> Minutes {
        areas.filter { $0.association == association && $0.targetTime > .zero }.map(\.targetTime).max() ?? fallback
    }

    public struct Result: Sendable, Equatable {
        /// Area id → volunteer id, what was held before included.
        public var volunteerOf: [AreaID: VolunteerID]
        public var unassigned: [AreaID]
    }

    /// An area that changed hands; nil is nobody.
    public struct Move: Sendable, Equatable {
        public var area: AreaID
        public var from: VolunteerID?
        public var to: VolunteerID?
    }

    /// The areas (of those listed) whose volunteer differs between two assignments, by area id.
    public static func moves(areas: [AreaID], before: [AreaID: VolunteerID], after: [AreaID: VolunteerID]) -> [Move] {
        areas.sorted().compactMap { area in
            before[area] == after[area] ? nil : Move(area: area, from: before[area], to: after[area])
        }
    }
}
