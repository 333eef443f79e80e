import GRDB
import Geometry
import Households
import Vocabulary

/// A volunteer as stored.
public struct StoredVolunteer: Sendable, Equatable, Codable {
    public var id: VolunteerID
    public var name: String
    public var association: String
    public var home: Coordinate?
    public var capacityAreas: Int?
    public var capacityHours: Double?
    public var mode: Volunteer.Mode
    public var email: String?
    public var phone: String?
}

extension StoreTransaction {
    public enum VolunteerWrite: Sendable { case added, updated, unchanged }

    /// Adds the volunteer, or updates the one with the same identity (e-mail, phone or name).
    public func upsertVolunteer(_ v: Volunteer, association: String, home: Coordinate?) throws -> VolunteerWrite {
        guard let associationID = try Int64.fetchOne(db, sql: "SELECT id FROM association WHERE name = ?", arguments: [association]) else {
            throw StoreRefusal("unknown association '\(association)'")
        }
        let values: [(any DatabaseValueConvertible)?] = [
            associationID, v.name, home?.latitude, home?.longitude, v.capacityAreas, v.capacityHours, v.mode.rawValue, v.email, v.phone,
        ]
        if let id = try VolunteerID.fetchOne(db, sql: "SELECT id FROM volunteer WHERE identity = ?", arguments: [v.identity]) {
            try db.execute(
                sql: """
                    UPDATE volunteer SET associationId = ?, name = ?, homeLatitude = ?, homeLongitude = ?, capacityAreas = ?, capacityHours = ?,
                        mode = ?, email = ?, phone = ? WHERE id = ? AND NOT (associationId IS ? AND name IS ? AND homeLatitude IS ?
                        AND homeLongitude IS ? AND capacityAreas IS ? AND capacityHours IS ? AND mode IS ? AND email IS ? AND phone IS ?)
                    """,
                arguments: StatementArguments(values + [id] + values))
            return db.changesCount > 0 ? .updated : .unchanged
        }
        try db.execute(
            sql: """
                INSERT INTO volunteer (identity, associationId, name, homeLatitude, homeLongitude, capacityAreas, capacityHours, mode, email, phone)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: StatementArguments([v.identity] + values))
        return .added
    }

    public func volunteers(association: String? = nil) throws -> [StoredVolunteer] {
        try volunteers(where: "? IS NULL OR a.name = ?", [association, association])
    }

    public func volunteer(id: VolunteerID) throws -> StoredVolunteer? {
        try volunteers(where: "v.id = ?", [id]).first
    }

    private func volunteers(where condition: String, _ arguments: StatementArguments) throws -> [StoredVolunteer] {
        try Row.fetchAll(
            db, sql: """
                SELECT v.id, v.name, a.name, v.homeLatitude, v.homeLongitude, v.capacityAreas, v.capacityHours, v.mode, v.email, v.phone
                FROM volunteer v JOIN association a ON a.id = v.associationId
                WHERE \(condition) ORDER BY a.name, v.name, v.id
                """, arguments: arguments
        ).map { row in
            let latitude: Double? = row[3]
            let longitude: Double? = row[4]
            return StoredVolunteer(
                id: row[0], name: row[1], association: row[2],
                home: latitude.flatMap { lat in longitude.map { Coordinate(latitude: lat, longitude: $0) } },
                capacityAreas: row[5], capacityHours: row[6], mode: Volunteer.Mode(rawValue: row[7]) ?? .walk, email: row[8], phone: row[9])
        }
    }

    /// A coordinator's change to what the volunteer takes on, how and where: nothing else of
    /// the row (name, home, contact) is touched. False when there is no such volunteer.
    public func updateVolunteer(
        id: VolunteerID, association: String, capacityAreas: Int?, capacityHours: Double?, mode: Volunteer.Mode
    ) throws -> Bool {
        guard let associationID = try Int64.fetchOne(db, sql: "SELECT id FROM association WHERE name = ?", arguments: [association]) else {
            throw StoreRefusal("unknown association '\(association)'")
        }
        try db.execute(
            sql: "UPDATE volunteer SET associationId = ?, capacityAreas = ?, capacityHours = ?, mode = ? WHERE id = ?",
            arguments: [associationID, capacityAreas, capacityHours, mode.rawValue, id])
        return db.changesCount > 0
    }

    /// Erases the person; their assignments go with them (areas become unassigned) and
    /// their delivery reports stay, anonymous.
    public func forgetVolunteer(id: VolunteerID) throws -> Bool {
        if let name = try String.fetchOne(db, sql: "SELECT name FROM volunteer WHERE id = ?", arguments: [id]) {
            try anonymiseDeliveries(reporter: name)
        }
        try db.execute(sql: "DELETE FROM volunteer WHERE id = ?", arguments: [id])
        return db.changesCount > 0
    }
}

extension StoreTransaction {
    public struct StoredAssignment: Sendable, Equatable {
        public var areaID: AreaID
        public var volunteerID: VolunteerID
        public var manual: Bool
    }

    public func assignments() throws -> [StoredAssignment] {
        try Row.fetchAll(db, sql: "SELECT areaId, volunteerId, manual FROM assignment ORDER BY areaId").map {
            StoredAssignment(areaID: $0[0], volunteerID: $0[1], manual: $0[2])
        }
    }

    /// The areas a volunteer is assigned, by id.
    public func assignedAreas(of volunteer: VolunteerID) throws -> [AreaID] {
        try AreaID.fetchAll(db.cachedStatement(sql: "SELECT areaId FROM assignment WHERE volunteerId = ? ORDER BY areaId"), arguments: [volunteer])
    }

    /// Replaces the automatic assignments of these areas; manual ones are kept.
    public func replaceAutomaticAssignments(areas: [AreaID], with volunteerOf: [AreaID: VolunteerID]) throws {
        let manual = Set(try assignments().filter(\.manual).map(\.areaID))
        for area in areas where !manual.contains(area) {
            try db.execute(sql: "DELETE FROM assignment WHERE areaId = ?", arguments: [area])
            if let volunteer = volunteerOf[area] {
                try db.execute(sql: "INSERT INTO assignment (areaId, volunteerId, manual) VALUES (?, ?, 0)", arguments: [area, volunteer])
            }
        }
    }

    /// A coordinator's own choice, which `assign` keeps; nil volunteer removes it. Whoever
    /// held the area and loses it here is remembered as refused for it, so that `assign`
    /// does not hand it straight back; the volunteer chosen is no longer refused.
    public func setManualAssignment(area: AreaID, volunteer: VolunteerID?) throws {
        if let holder = try VolunteerID.fetchOne(db, sql: "SELECT volunteerId FROM assignment WHERE areaId = ?", arguments: [area]), holder != volunteer {
            try db.execute(sql: "INSERT OR IGNORE INTO assignmentRefusal (areaId, volunteerId) VALUES (?, ?)", arguments: [area, holder])
        }
        try db.execute(sql: "DELETE FROM assignment WHERE areaId = ?", arguments: [area])
        if let volunteer {
            try db.execute(sql: "DELETE FROM assignmentRefusal WHERE areaId = ? AND volunteerId = ?", arguments: [area, volunteer])
            try db.execute(sql: "INSERT INTO assignment (areaId, volunteerId, manual) VALUES (?, ?, 1)", arguments: [area, volunteer])
        }
    }

    /// The (area, volunteer) pairs taken apart by hand, by area then volunteer.
    public func assignmentRefusals() throws -> [(area: AreaID, volunteer: VolunteerID)] {
        try Row.fetchAll(db, sql: "SELECT areaId, volunteerId FROM assignmentRefusal ORDER BY areaId, volunteerId").map { ($0[0], $0[1]) }
    }
}
