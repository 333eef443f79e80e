import Foundation
import Geometry
import Households
import Store
import Vocabulary

/// What `volunteers import` did.
public struct VolunteerImportReport: Sendable, Codable, Equatable {
    public var rows: Int
    public var added: Int
    public var updated: Int
    public var unchanged: Int
    /// Rows whose home address is not among the imported addresses (their home stays unknown).
    public var homesNotFound: [String]
}

extension District {
    /// Reads the whole file first, then writes every row in one transaction: bad rows (every
    /// one named by its line) leave the database as it was. The same person twice (by
    /// e-mail, else phone, else name) is updated, not added.
    public func importVolunteers(path: String) throws -> VolunteerImportReport {
        let (rows, fileProblems) = try VolunteerFile.read(path: path)
        let store = try existingStore()
        let (points, names) = try store.read { tx in (try tx.points(), try tx.associationNames()) }
        var byStreetAndNumber: [String: [StoreTransaction.StoredPoint]] = [:]
        for p in points { byStreetAndNumber[p.point.address.matchKey.streetAndNumber, default: []].append(p) }
        var report = VolunteerImportReport(rows: rows.count, added: 0, updated: 0, unchanged: 0, homesNotFound: [])
        var problems = fileProblems
        var resolved: [(Volunteer, String, Coordinate?)] = []
        for row in rows {
            var home: Coordinate?
            var homeAssociation: String?
            switch row.volunteer.home {
            case .coordinate(let c): home = c
            case .address(let address):
                let key = address.matchKey
                let match = (byStreetAndNumber[key.streetAndNumber] ?? []).first { $0.point.address.matchKey.agrees(with: key) }
                home = match?.point.coordinate
                homeAssociation = match?.association
                if match == nil { report.homesNotFound.append("line \(row.line)") }
            case nil: break
            }
            guard let association = row.volunteer.association ?? homeAssociation else {
                problems[row.line] = "no association, and the home is not an imported address inside one"
                continue
            }
            guard names.contains(association) else {
                problems[row.line] = "unknown association '\(association)' (known: \(names.joined(separator: ", ")))"
                continue
            }
            resolved.append((row.volunteer, association, home))
        }
        try InputFileErrors.check(path: path, lines: problems)
        try store.write { tx in
            for (volunteer, association, home) in resolved {
                switch try tx.upsertVolunteer(volunteer, association: association, home: home) {
                case .added: report.added += 1
                case .updated: report.updated += 1
                case .unchanged: report.unchanged += 1
                }
            }
        }
        return report
    }

    public func volunteers(association: String? = nil) throws -> [StoredVolunteer] {
        let store = try existingStore()
        let name = try association.flatMap { try chosenAssociations($0, among: try store.read { tx in try tx.associationNames() }).first }
        return try store.read { tx in try tx.volunteers(association: name) }
    }

    /// Erases a volunteer: the row, their assignments, and (secure_delete, then an emptied
    /// write-ahead log) every copy of their bytes in the database files. Returns false when
    /// another command was reading, so the log could not be emptied yet: the volunteer is
    /// gone all the same, and the log with them when the last command closes the database.
    /// - Parameter edit: a staff user's change from the console: its audit row (the id alone)
    ///   is written in the same transaction as the erasure.
    @discardableResult
    public func forgetVolunteer(id: VolunteerID, by edit: StaffEdit? = nil) throws -> Bool {
        let store = try existingStore()
        try store.write { tx in
            guard try tx.forgetVolunteer(id: id) else { throw DistrictError.noVolunteer(id) }
            try edit?.audit(.forgetVolunteer, volunteer: id, tx)
        }
        return try store.truncateLog()
    }
}
