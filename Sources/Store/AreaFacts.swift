import GRDB
import Planner
import Vocabulary

/// Areas as stored: the plan's figures, the stops in walking order, and the sheet's state.
public struct StoredArea: Sendable, Equatable {
    public var id: AreaID
    public var locked: Bool
    public var plan: PlannedArea
    /// The sheet version of the current stops; it changes whenever they or their order change.
    public var version: Int
    /// The last version printed on a sheet, or nil if none was.
    public var printedVersion: Int?
    /// Given back to the planner by the coordinator: its reports no longer protect it.
    public var released: Bool

    public var association: String { plan.association }
    public var mode: PlannedArea.Mode { plan.mode }
    public var route: [PointKey] { plan.route }
    public var households: Int { plan.households }
    public var length: Meters { plan.length }
    public var time: Minutes { plan.time }
    public var deadhead: Meters { plan.deadhead }
}

/// What writing a plan did to the stored areas.
public struct AreaChanges: Sendable, Equatable, Codable {
    /// Areas left exactly as they were.
    public var kept = 0
    /// Areas that kept their id and took new points (a new sheet version).
    public var updated = 0
    public var added = 0
    public var removed = 0
    /// The ids of the areas removed, for the plan's output.
    public var removedIDs: [AreaID] = []
    /// The ids of the areas that kept their id with other stops.
    public var updatedIDs: [AreaID] = []

    public init(kept: Int = 0, updated: Int = 0, added: Int = 0, removed: Int = 0, removedIDs: [AreaID] = [], updatedIDs: [AreaID] = []) {
        self.kept = kept
        self.updated = updated
        self.added = added
        self.removed = removed
        self.removedIDs = removedIDs
        self.updatedIDs = updatedIDs
    }
}

extension StoreTransaction {
    /// Writes a plan for these associations in one go: an area with an id continues that
    /// stored area (rewritten as a new sheet version only if it changed), one without is
    /// inserted, and stored areas of these associations that the plan neither continues nor
    /// `keeps` are deleted. All deletions and old stops go first, so a point that moves
    /// between associations never meets itself (UNIQUE pointKey).
    public func writePlan(associations: [String], areas: [PlannedArea], keeping kept: Set<AreaID>) throws -> AreaChanges {
        var associationID: [String: Int64] = [:]
        for name in Set(associations + areas.map(\.association)).sorted() {
            guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM association WHERE name = ?", arguments: [name]) else {
                throw StoreRefusal("unknown association '\(name)'")
            }
            associationID[name] = id
        }
        let chosen = Set(associations)
        let stored = Dictionary(uniqueKeysWithValues: try self.areas().filter { chosen.contains($0.association) }.map { ($0.id, $0) })
        var changes = AreaChanges()
        let continued = Set(areas.compactMap(\.id))
        let rewritten = areas.filter { area in area.id.map { id in stored[id].map { $0.plan != area } ?? false } ?? false }
        for id in stored.keys.sorted() where !continued.contains(id) && !kept.contains(id) {
            try db.execute(sql: "DELETE FROM area WHERE id = ?", arguments: [id])
            changes.removedIDs.append(id)
        }
        for area in rewritten {
            try db.execute(sql: "DELETE FROM areaStop WHERE areaId = ?", arguments: [area.id])
        }
        for area in rewritten {
            guard let id = area.id else { continue }
            try db.execute(
                sql: """
                    UPDATE area SET associationId = ?, mode = ?, households = ?, routeMeters = ?, minutes = ?, deadheadMeters = ?, balance = ?,
                        targetMinutes = ?, maxPapers = ?, version = version + 1 WHERE id = ?
                    """,
                arguments: [associationID[area.association], area.mode.rawValue, area.households, area.length, area.time, area.deadhead,
                            area.balance.rawValue, area.targetTime, area.maxPapers, id])
            try insertStops(of: id, route: area.route)
            changes.updatedIDs.append(id)
        }
        let insertArea = try db.makeStatement(sql: """
            INSERT INTO area (associationId, mode, households, routeMeters, minutes, deadheadMeters, balance, targetMinutes, maxPapers)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for area in areas where area.id.map({ stored[$0] == nil }) ?? true {
            try insertArea.execute(arguments: [
                associationID[area.association], area.mode.rawValue, area.households, area.length, area.time, area.deadhead,
                area.balance.rawValue, area.targetTime, area.maxPapers,
            ])
            try insertStops(of: AreaID(db.lastInsertedRowID), route: area.route)
            changes.added += 1
        }
        changes.removed = changes.removedIDs.count
        changes.updated = changes.updatedIDs.count
        changes.kept = areas.filter { area in area.id.map { stored[$0]?.plan == area } ?? false }.count
        return changes
    }

    /// The area's stops, and the same stops as its current sheet version with the households printed.
    private func insertStops(of id: AreaID, route: [PointKey]) throws {
        let insertStop = try db.cachedStatement(sql: "INSERT INTO areaStop (areaId, position, pointKey) VALUES (?, ?, ?)")
        for (position, key) in route.enumerated() { try insertStop.execute(arguments: [id, position, key]) }
        try db.execute(
            sql: """
                INSERT INTO sheetStop (areaId, version, position, pointKey, households)
                SELECT s.areaId, a.version, s.position, s.pointKey, p.households
                FROM areaStop s JOIN area a ON a.id = s.areaId JOIN deliveryPoint p ON p.key = s.pointKey
                WHERE s.areaId = ?
                """, arguments: [id])
    }

    /// The stops of a sheet version in their printed order (stop k is element k - 1), or
    /// nil when the area never had that version.
    public func sheetStops(area: AreaID, version: Int) throws -> [PrintedStop]? {
        let statement = try db.cachedStatement(sql: "SELECT pointKey, households FROM sheetStop WHERE areaId = ? AND version = ? ORDER BY position")
        let rows = try Row.fetchAll(statement, arguments: [area, version])
        return rows.isEmpty ? nil : rows.map { PrintedStop(pointKey: $0[0], households: $0[1]) }
    }

    /// How many stops a sheet version has: 0 when the area never had that version.
    public func sheetStopCount(area: AreaID, version: Int) throws -> Int {
        let statement = try db.cachedStatement(sql: "SELECT count(*) FROM sheetStop WHERE areaId = ? AND version = ?")
        return try Int.fetchOne(statement, arguments: [area, version]) ?? 0
    }

    /// Stops `numbers` of a sheet version (stop 1 is the first), in order; those past its end
    /// are left out. Stop k is the k-th by position: positions keep the gaps of doors gone
    /// when the version was made.
    public func sheetStops(area: AreaID, version: Int, numbers: ClosedRange<Int>) throws -> [PrintedStop] {
        let statement = try db.cachedStatement(
            sql: "SELECT pointKey, households FROM sheetStop WHERE areaId = ? AND version = ? ORDER BY position LIMIT ? OFFSET ?")
        return try Row.fetchAll(statement, arguments: [area, version, numbers.count, numbers.lowerBound - 1]).map {
            PrintedStop(pointKey: $0[0], households: $0[1])
        }
    }

    /// The number of the first stop of a sheet version at the door `key`, if it has one.
    public func sheetStopNumber(area: AreaID, version: Int, pointKey key: PointKey) throws -> Int? {
        let statement = try db.cachedStatement(
            sql: """
                SELECT count(*) FROM sheetStop WHERE areaId = ?1 AND version = ?2 AND position <= (
                    SELECT min(position) FROM sheetStop WHERE areaId = ?1 AND version = ?2 AND pointKey = ?3)
                """)
        let number = try Int.fetchOne(statement, arguments: [area, version, key]) ?? 0
        return number > 0 ? number : nil
    }

    /// The current sheet version's stops of every area.
    public func currentSheetStops() throws -> [AreaID: [PrintedStop]] {
        var result: [AreaID: [PrintedStop]] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT s.areaId, s.pointKey, s.households FROM sheetStop s JOIN area a ON a.id = s.areaId AND a.version = s.version
            ORDER BY s.areaId, s.position
            """)
        {
            result[row[0], default: []].append(PrintedStop(pointKey: row[1], households: row[2]))
        }
        return result
    }

    /// The version a print of each area carries: its current one, or the next when a door
    /// of the current one is gone from the district, or when it is on paper already with
    /// other households than the district has now (a number on either sheet then still
    /// finds the door and the papers it promised).
    public func versionsToPrint(_ ids: [AreaID]) throws -> [AreaID: Int] {
        let changed = Set(try AreaID.fetchAll(db, sql: """
            SELECT DISTINCT a.id FROM area a JOIN sheetStop s ON s.areaId = a.id AND s.version = a.version
            LEFT JOIN deliveryPoint p ON p.key = s.pointKey
            WHERE p.key IS NULL OR (a.printedVersion = a.version AND p.households IS NOT s.households)
            """))
        var result: [AreaID: Int] = [:]
        for id in ids {
            guard let version = try Int.fetchOne(db, sql: "SELECT version FROM area WHERE id = ?", arguments: [id]) else { continue }
            result[id] = changed.contains(id) ? version + 1 : version
        }
        return result
    }

    /// These areas are on paper now, at these versions (from `versionsToPrint`), with the
    /// households the district has now: a plan keeps them until they are released.
    public func markPrinted(versions: [AreaID: Int]) throws {
        for (id, version) in versions.sorted(by: { $0.key < $1.key }) {
            guard let current = try Int.fetchOne(db, sql: "SELECT version FROM area WHERE id = ?", arguments: [id]) else { continue }
            if version > current {
                try db.execute(sql: "UPDATE area SET version = ? WHERE id = ?", arguments: [version, id])
                try db.execute(
                    sql: """
                        INSERT INTO sheetStop (areaId, version, position, pointKey, households)
                        SELECT s.areaId, ?, s.position, s.pointKey, p.households
                        FROM areaStop s JOIN deliveryPoint p ON p.key = s.pointKey WHERE s.areaId = ?
                        """, arguments: [version, id])
            } else {
                try db.execute(
                    sql: """
                        UPDATE sheetStop SET households = coalesce((SELECT households FROM deliveryPoint WHERE key = sheetStop.pointKey), households)
                        WHERE areaId = ? AND version = ?
                        """, arguments: [id, version])
            }
            try db.execute(sql: "UPDATE area SET printedVersion = ?, released = 0 WHERE id = ?", arguments: [version, id])
        }
    }

    /// Gives a handed-out area back to the planner: no volunteer, no printed sheet that binds
    /// it, and its reports no longer keep it (they stay recorded). False if there is no such area.
    public func releaseArea(_ id: AreaID) throws -> Bool {
        try db.execute(sql: "UPDATE area SET printedVersion = NULL, released = 1, locked = 0 WHERE id = ?", arguments: [id])
        guard db.changesCount > 0 else { return false }
        try db.execute(sql: "DELETE FROM assignment WHERE areaId = ?", arguments: [id])
        return true
    }

    /// The target and cap last asked for per association (nil where the configuration's stand).
    public func associationRules() throws -> [String: (targetMinutes: Minutes?, maxPapers: Int?)] {
        var result: [String: (targetMinutes: Minutes?, maxPapers: Int?)] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT s.name, r.targetMinutes, r.maxPapers FROM associationRules r JOIN association s ON s.id = r.associationId
            """)
        {
            result[row[0]] = (row[1], row[2])
        }
        return result
    }

    /// Remembers a target or cap asked for; nil leaves what was remembered.
    public func rememberRules(association: String, targetMinutes: Minutes?, maxPapers: Int?) throws {
        try db.execute(
            sql: """
                INSERT INTO associationRules (associationId, targetMinutes, maxPapers)
                SELECT id, ?, ? FROM association WHERE name = ?
                ON CONFLICT (associationId) DO UPDATE SET
                    targetMinutes = coalesce(excluded.targetMinutes, targetMinutes), maxPapers = coalesce(excluded.maxPapers, maxPapers)
                """, arguments: [targetMinutes, maxPapers, association])
    }

    public func areas(association: String? = nil) throws -> [StoredArea] {
        try areas(where: "? IS NULL OR s.name = ?", arguments: [association, association])
    }

    private func areas(where condition: String, arguments: StatementArguments) throws -> [StoredArea] {
        var stops: [AreaID: [PointKey]] = [:]
        for row in try Row.fetchAll(
            db, sql: """
                SELECT t.areaId, t.pointKey FROM areaStop t JOIN area a ON a.id = t.areaId JOIN association s ON s.id = a.associationId
                WHERE \(condition) ORDER BY t.areaId, t.position
                """, arguments: arguments)
        {
            stops[row[0], default: []].append(row[1])
        }
        return try Row.fetchAll(
            db, sql: """
                SELECT a.id, s.name, a.mode, a.households, a.routeMeters, a.minutes, a.deadheadMeters, a.locked,
                    a.balance, a.targetMinutes, a.maxPapers, a.version, a.printedVersion, a.released
                FROM area a JOIN association s ON s.id = a.associationId
                WHERE \(condition) ORDER BY s.name, a.id
                """, arguments: arguments
        ).map { row in
            StoredArea(
                id: row[0], locked: row[7],
                plan: PlannedArea(
                    id: row[0], association: row[1], route: stops[row[0]] ?? [], households: row[3],
                    mode: PlannedArea.Mode(rawValue: row[2]) ?? .walk, length: row[4], time: row[5], deadhead: row[6],
                    balance: PlannedArea.Balance(rawValue: row[8]) ?? .outside, targetTime: row[9], maxPapers: row[10]),
                version: row[11], printedVersion: row[12], released: row[13])
        }
    }

    public func area(id: AreaID) throws -> StoredArea? {
        try areas(where: "a.id = ?", arguments: [id]).first
    }

    /// An area's association and sheet versions, without its route: what a phone's tick and
    /// its link check ask of it, on every request. The statement is prepared once per connection.
    public func areaHeader(id: AreaID) throws -> AreaHeader? {
        let statement = try db.cachedStatement(sql: """
            SELECT s.name, a.version, a.printedVersion FROM area a JOIN association s ON s.id = a.associationId WHERE a.id = ?
            """)
        return try Row.fetchOne(statement, arguments: [id]).map { AreaHeader(association: $0[0], version: $0[1], printedVersion: $0[2]) }
    }

    public func setLocked(area id: AreaID, _ locked: Bool) throws -> Bool {
        try db.execute(sql: "UPDATE area SET locked = ? WHERE id = ?", arguments: [locked, id])
        return db.changesCount > 0
    }

    public func associationNames() throws -> [String] {
        try String.fetchAll(db, sql: "SELECT name FROM association ORDER BY name")
    }
}

/// The few facts of an area a tick needs.
public struct AreaHeader: Sendable, Equatable {
    public var association: String
    public var version: Int
    public var printedVersion: Int?
}
