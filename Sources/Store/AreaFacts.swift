import GRDB
import Planner

/// Areas as stored: the plan's figures and the stops in walking order.
public struct StoredArea: Sendable, Equatable {
    public var id: Int64
    public var locked: Bool
    public var plan: PlannedArea

    public var association: String { plan.association }
    public var mode: PlannedArea.Mode { plan.mode }
    public var route: [String] { plan.route }
    public var households: Int { plan.households }
    public var walkMeters: Double { plan.walkMeters }
    public var minutes: Double { plan.minutes }
    public var deadheadMeters: Double { plan.deadheadMeters }
}

/// What writing a plan did to the stored areas.
public struct AreaChanges: Sendable, Equatable, Codable {
    /// Areas left exactly as they were.
    public var kept = 0
    /// Areas that kept their id and took new points.
    public var updated = 0
    public var added = 0
    public var removed = 0

    public init(kept: Int = 0, updated: Int = 0, added: Int = 0, removed: Int = 0) {
        self.kept = kept
        self.updated = updated
        self.added = added
        self.removed = removed
    }

    public static func + (a: AreaChanges, b: AreaChanges) -> AreaChanges {
        var sum = a
        sum.kept += b.kept
        sum.updated += b.updated
        sum.added += b.added
        sum.removed += b.removed
        return sum
    }
}

extension StoreTransaction {
    /// Writes the association's plan: an area with an id continues that stored area
    /// (rewritten only if it changed), one without is inserted, and unlocked areas
    /// the plan does not continue are deleted. Locked areas are never touched.
    public func replaceAreas(association: String, with areas: [PlannedArea]) throws -> AreaChanges {
        guard let associationID = try Int64.fetchOne(db, sql: "SELECT id FROM association WHERE name = ?", arguments: [association]) else {
            throw StoreError(path: path, message: "unknown association '\(association)'")
        }
        let stored = Dictionary(uniqueKeysWithValues: try self.areas(association: association).filter { !$0.locked }.map { ($0.id, $0.plan) })
        var changes = AreaChanges()
        let continued = Set(areas.compactMap(\.id))
        let rewritten = areas.filter { area in area.id.map { stored[$0] != nil && stored[$0] != area } ?? false }
        // Stops go first, so a point moving between areas never meets itself (UNIQUE pointKey).
        for id in stored.keys.sorted() where !continued.contains(id) {
            try db.execute(sql: "DELETE FROM area WHERE id = ?", arguments: [id])
            changes.removed += 1
        }
        for area in rewritten {
            try db.execute(sql: "DELETE FROM areaStop WHERE areaId = ?", arguments: [area.id])
        }
        let insertStop = try db.makeStatement(sql: "INSERT INTO areaStop (areaId, position, pointKey) VALUES (?, ?, ?)")
        for area in rewritten {
            guard let id = area.id else { continue }
            try db.execute(
                sql: """
                    UPDATE area SET mode = ?, households = ?, walkMeters = ?, minutes = ?, deadheadMeters = ?, balance = ?,
                        targetMinutes = ?, maxPapers = ? WHERE id = ?
                    """,
                arguments: [area.mode.rawValue, area.households, area.walkMeters, area.minutes, area.deadheadMeters, area.balance.rawValue,
                            area.targetMinutes, area.maxPapers, id])
            for (position, key) in area.route.enumerated() { try insertStop.execute(arguments: [id, position, key]) }
            changes.updated += 1
        }
        let insertArea = try db.makeStatement(sql: """
            INSERT INTO area (associationId, mode, households, walkMeters, minutes, deadheadMeters, balance, targetMinutes, maxPapers)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for area in areas where area.id.map({ stored[$0] == nil }) ?? true {
            try insertArea.execute(arguments: [
                associationID, area.mode.rawValue, area.households, area.walkMeters, area.minutes, area.deadheadMeters, area.balance.rawValue,
                area.targetMinutes, area.maxPapers,
            ])
            let id = db.lastInsertedRowID
            for (position, key) in area.route.enumerated() { try insertStop.execute(arguments: [id, position, key]) }
            changes.added += 1
        }
        changes.kept = areas.filter { area in area.id.map { stored[$0] == area } ?? false }.count
        return changes
    }

    public func areas(association: String? = nil) throws -> [StoredArea] {
        var stops: [Int64: [String]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT areaId, pointKey FROM areaStop ORDER BY areaId, position") {
            stops[row[0], default: []].append(row[1])
        }
        return try Row.fetchAll(
            db, sql: """
                SELECT a.id, s.name, a.mode, a.households, a.walkMeters, a.minutes, a.deadheadMeters, a.locked,
                    a.balance, a.targetMinutes, a.maxPapers
                FROM area a JOIN association s ON s.id = a.associationId
                WHERE ? IS NULL OR s.name = ? ORDER BY s.name, a.id
                """, arguments: [association, association]
        ).map { row in
            StoredArea(
                id: row[0], locked: row[7],
                plan: PlannedArea(
                    id: row[0], association: row[1], route: stops[row[0]] ?? [], households: row[3],
                    mode: PlannedArea.Mode(rawValue: row[2]) ?? .walk, walkMeters: row[4], minutes: row[5], deadheadMeters: row[6],
                    balance: PlannedArea.Balance(rawValue: row[8]) ?? .outside, targetMinutes: row[9], maxPapers: row[10]))
        }
    }

    public func setLocked(area id: Int64, _ locked: Bool) throws -> Bool {
        try db.execute(sql: "UPDATE area SET locked = ? WHERE id = ?", arguments: [locked, id])
        return db.changesCount > 0
    }

    public func associationNames() throws -> [String] {
        try String.fetchAll(db, sql: "SELECT name FROM association ORDER BY name")
    }
}
