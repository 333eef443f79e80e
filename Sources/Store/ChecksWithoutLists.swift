import GRDB

/// SQLite 3.40 builds a temporary b-tree for a `CHECK (x IN ('a', 'b', 'c'))` list of three
/// or more values on every row it checks (`OpenEphemeral` in the row loop): a third of the
/// CPU of writing a point or a street way. The same test written `x = 'a' OR x = 'b' OR …`
/// costs a comparison. Lists of two values are compared already, so they stay.
enum ChecksWithoutLists {
    /// A table's `CREATE TABLE` text with each list of three or more quoted values written as
    /// equalities joined by OR. Equivalent for every value, NULL included (both give NULL,
    /// which a CHECK passes).
    static func rewritten(_ createTable: String) -> String {
        createTable.replacing(#/(?<column>\w+) IN \((?<values>'[^')]*'(?:, *'[^')]*'){2,})\)/#) { match in
            let values = match.output.values.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            return values.map { "\(match.output.column) = \($0)" }.joined(separator: " OR ")
        }
    }

    /// Rewrites the stored schema text, the way SQLite's documentation gives for changes that
    /// leave the rows as they are (ALTER TABLE, "Making Other Kinds Of Table Schema Changes"):
    /// writable schema, the new text, the schema version raised, in the migration's transaction.
    static func migrate(_ db: Database) throws {
        let tables = try Row.fetchAll(db, sql: "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql IS NOT NULL ORDER BY name")
        let changes = tables.compactMap { row -> (name: String, sql: String)? in
            let sql: String = row["sql"]
            let new = rewritten(sql)
            return new == sql ? nil : (row["name"], new)
        }
        guard !changes.isEmpty else { return }
        let version = try Int.fetchOne(db, sql: "PRAGMA schema_version") ?? 0
        try db.execute(sql: "PRAGMA writable_schema = ON")
        for change in changes {
            try db.execute(sql: "UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = ?", arguments: [change.sql, change.name])
        }
        try db.execute(sql: "PRAGMA schema_version = \(version + 1)")
        try db.execute(sql: "PRAGMA writable_schema = OFF")
    }
}
