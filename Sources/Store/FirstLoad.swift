import GRDB

/// A table's first load: into an empty table, its secondary indexes are dropped before the rows
/// and built again after them, from the schema's own `CREATE INDEX` text: SQLite then builds each
/// in one sorted pass instead of growing it row by row, as plain SQLite's fastest load does
/// (`Benchmarks/sqlite-load.c`). A table that holds rows keeps its indexes: a re-import changes
/// few rows, and rebuilding would cost more than it saves. The unique keys stay in any case
/// (they are constraints; upserts and foreign keys look rows up by them).
extension StoreTransaction {
    /// Runs `body`, told whether `table` held no row before it; returns its value and that.
    func loading<T>(_ table: String, _ body: (_ empty: Bool) throws -> T) throws -> (value: T, empty: Bool) {
        let empty = try Bool.fetchOne(db, sql: "SELECT NOT EXISTS (SELECT 1 FROM \(table))") ?? false
        guard empty else { return (try body(false), false) }
        return (try rebuildingIndexes(of: table) { try body(true) }, true)
    }

    /// Runs `body` with `table`'s secondary indexes dropped, and builds them again after it.
    /// - Parameter columns: only the indexes on one of these columns, when given: an update
    ///   of most rows rewrites every entry of those, and no other.
    func rebuildingIndexes<T>(of table: String, onAnyOf columns: Set<String>? = nil, _ body: () throws -> T) throws -> T {
        var indexes = try Row.fetchAll(
            db, sql: "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL ORDER BY name",
            arguments: [table]
        ).map { (name: $0[0] as String, sql: $0[1] as String) }
        if let columns {
            indexes = try indexes.filter { index in
                try String.fetchAll(db, sql: "SELECT name FROM pragma_index_info(?)", arguments: [index.name]).contains(where: columns.contains)
            }
        }
        for index in indexes { try db.execute(sql: "DROP INDEX \(index.name)") }
        let result = try body()
        for index in indexes { try db.execute(sql: index.sql) }
        return result
    }
}
