import Foundation
import Households
import Store
import Vocabulary

/// How much a volunteer takes on: a number of areas, or hours that the target time turns
/// into areas. Setting one clears the other, as a row of the people export has one.
public enum VolunteerCapacity: Sendable, Equatable {
    case areas(Int)
    case hours(Double)

    /// A capacity a person can have: 0–100 areas (0: none just now), or 0–500 hours.
    public init(areas: Int) throws {
        guard (0...100).contains(areas) else { throw ArgumentError("capacity must be 0–100 areas, not \(areas)") }
        self = .areas(areas)
    }

    public init(hours: Double) throws {
        guard hours.isFinite, (0...500).contains(hours) else { throw ArgumentError("capacity must be 0–500 hours, not \(hours)") }
        self = .hours(hours)
    }
}

/// What a coordinator changes of a volunteer; nil leaves that part as it is.
public struct VolunteerChange: Sendable, Equatable {
    public var capacity: VolunteerCapacity?
    public var mode: Volunteer.Mode?
    public var association: String?

    public init(capacity: VolunteerCapacity? = nil, mode: Volunteer.Mode? = nil, association: String? = nil) {
        self.capacity = capacity
        self.mode = mode
        self.association = association
    }

    public var isEmpty: Bool { capacity == nil && mode == nil && association == nil }
}

/// What a page showed of a volunteer when it was loaded: the parts a coordinator changes. An
/// edit carries it back and is refused if someone else changed the volunteer meanwhile.
public struct VolunteerRevision: Sendable, Equatable {
    public var association: String
    public var capacityAreas: Int?
    public var capacityHours: Double?
    public var mode: Volunteer.Mode

    public init(_ v: StoredVolunteer) {
        association = v.association
        capacityAreas = v.capacityAreas
        capacityHours = v.capacityHours
        mode = v.mode
    }

    /// "walk|2||Värmland": the association last, so that it may hold any character.
    public var token: String {
        [mode.rawValue, capacityAreas.map(String.init) ?? "", capacityHours.map { "\($0)" } ?? "", association].joined(separator: "|")
    }

    public init?(token: String) {
        let parts = token.split(separator: "|", maxSplits: 3, omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 4, let mode = Volunteer.Mode(rawValue: parts[0]) else { return nil }
        guard parts[1].isEmpty || Int(parts[1]) != nil, parts[2].isEmpty || Double(parts[2]) != nil else { return nil }
        self.mode = mode
        capacityAreas = Int(parts[1])
        capacityHours = Double(parts[2])
        association = parts[3]
    }
}

extension District {
    /// A volunteer as stored now, for a page to show and carry the revision of.
    public func volunteer(_ id: VolunteerID) throws -> StoredVolunteer {
        guard let v = try existingStore().read({ tx in try tx.volunteer(id: id) }) else { throw DistrictError.noVolunteer(id) }
        return v
    }

    /// `volunteers edit ID`: capacity, mode or association, in one transaction with the check
    /// of the page's revision (if any) and the audit row (by id; the association by its name).
    /// A value out of range or an unknown association changes nothing. What they hold stays
    /// theirs: the next `assign` works from the new values.
    @discardableResult
    public func editVolunteer(
        _ id: VolunteerID, _ change: VolunteerChange, seen: VolunteerRevision? = nil, by edit: StaffEdit? = nil
    ) throws -> StoredVolunteer {
        try existingStore().write { tx in
            guard var v = try tx.volunteer(id: id) else { throw DistrictError.noVolunteer(id) }
            let before = v.association
            if let seen, seen != VolunteerRevision(v) {
                throw DistrictError.volunteerChangedMeanwhile(id, seen: seen, now: VolunteerRevision(v))
            }
            if let association = change.association {
                let names = try tx.associationNames()
                guard names.contains(association) else {
                    throw ArgumentError("unknown association '\(association)' (known: \(names.joined(separator: ", ")))")
                }
                v.association = association
            }
            switch change.capacity {
            case .areas(let n)?: (v.capacityAreas, v.capacityHours) = (n, nil)
            case .hours(let h)?: (v.capacityAreas, v.capacityHours) = (nil, h)
            case nil: break
            }
            if let mode = change.mode { v.mode = mode }
            _ = try tx.updateVolunteer(id: id, association: v.association, capacityAreas: v.capacityAreas, capacityHours: v.capacityHours, mode: v.mode)
            // The association in the log only when it changed: the form sends it every time.
            try edit?.audit(.editVolunteer, volunteer: id, association: v.association == before ? nil : v.association, tx)
            return v
        }
    }
}
