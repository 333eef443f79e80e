import GRDB
import Planner

/// Areas as stored: the plan's figures and the stops in walking order.
public struct StoredArea: Sendable, Equatable {
    public var id: Int64
    public var association: String
    public var mode: PlannedArea.Mode
    public var route: [String]
    public var households: Int
    public var walkMeters: Double
    public var minutes: Double
    public var deadheadMeters: Double
    public var locked: Bool
}

extension StoreTransaction {
    /// Replaces the association's unlocked areas with these; returns their new ids.
    public func replaceAreas(association: String, with areas: [PlannedArea]) throws -> [Int64] {
        guard let associationID = try Int64.fetchOne(db, sql: "SELECT id FROM association WHERE name = ?", arguments: [association]) else {
            throw StoreError(path: path, message: "unknown association '\(association)'")
        }
        try db.execute(sql: "DELETE FROM area WHERE associationId = ? AND locked = 0", arguments: [associationID])
        let insertArea = try db.makeStatement(sql: """
            INSERT INTO area (associationId, mode, households, walkMeters, minutes, deadheadMeters) VALUES (?, ?, ?, ?, ?, ?)
            """)
        let insertStop = try db.makeStatement(sql: "INSERT INTO areaStop (areaId, position, pointKey) VALUES (?, ?, ?)")
        var ids: [Int64] = []
        for area in areas {
            try insertArea.execute(arguments: [associationID, area.mode.rawValue, area.households, area.walkMeters, area.minutes, area.deadheadMeters])
            let id = db.lastInsertedRowID
            ids.append(id)
            for (position, key) in area.route.enumerated() { try insertStop.execute(arguments: [id, position, key]) }
        }
        return ids
    }

    public func areas(association: String? = nil) throws -> [StoredArea] {
        var stops: [Int64: [String]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT areaId, pointKey FROM areaStop ORDER BY areaId, position") {
            stops[row[0], default: []].append(row[1])
        }
        return try Row.fetchAll(
            db, sql: """
                SELECT a.id, s.name, a.mode, a.households, a.walkMeters, a.minutes, a.deadheadMeters, a.locked
                FROM area a JOIN association s ON s.id = a.associationId
                WHERE ? IS NULL OR s.name = ? ORDER BY s.name, a.id
                """, arguments: [association, association]
        ).map { row in
            StoredArea(
                id: row[0], association: row[1], mode: PlannedArea.Mode(rawValue: row[2]) ?? .walk, route: stops[row[0]] ?? [],
                households: row[3], walkMeters: row[4], minutes: row[5], deadheadMeters: row[6], locked: row[7])
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
