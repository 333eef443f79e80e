import GRDB

/// An imported file: re-importing under the same name replaces what it brought.
public struct DatasetRecord: Codable, Sendable, Equatable, FetchableRecord {
    public enum Kind: String, Codable, Sendable {
        case osm, register, boundaries
    }

    public var id: Int64
    public var name: String
    public var kind: Kind
    public var fileName: String
    public var bytes: Int
    /// The import's report as JSON, for `households summary` to repeat.
    public var report: String
}

extension StoreTransaction {
    /// Creates the dataset or updates it in place; returns its id.
    public func upsertDataset(name: String, kind: DatasetRecord.Kind, fileName: String, bytes: Int, report: String) throws -> Int64 {
        if let existing = try DatasetRecord.fetchOne(db, sql: "SELECT * FROM dataset WHERE name = ?", arguments: [name]) {
            guard existing.kind == kind else {
                throw StoreRefusal("dataset '\(name)' is already a \(existing.kind.rawValue) import; use --dataset to name this one")
            }
            try db.execute(
                sql: """
                    UPDATE dataset SET fileName = ?, bytes = ?, report = ?
                    WHERE id = ? AND (fileName IS NOT ? OR bytes IS NOT ? OR report IS NOT ?)
                    """,
                arguments: [fileName, bytes, report, existing.id, fileName, bytes, report])
            return existing.id
        }
        try db.execute(
            sql: "INSERT INTO dataset (name, kind, fileName, bytes, report) VALUES (?, ?, ?, ?, ?)",
            arguments: [name, kind.rawValue, fileName, bytes, report])
        return db.lastInsertedRowID
    }

    /// Gives a dataset another name; its rows keep their ids.
    public func renameDataset(_ old: String, to new: String) throws {
        try db.execute(sql: "UPDATE dataset SET name = ? WHERE name = ?", arguments: [new, old])
    }

    public func datasets() throws -> [DatasetRecord] {
        try DatasetRecord.fetchAll(db, sql: "SELECT * FROM dataset ORDER BY id")
    }

    /// Deletes the rows of `table` in the dataset whose key is not in `keep`; returns how many.
    func deleteMissing(from table: String, keyColumn: String, datasetID: Int64, keep: Set<String>) throws -> Int {
        let existing = try String.fetchAll(db, sql: "SELECT \(keyColumn) FROM \(table) WHERE datasetId = ?", arguments: [datasetID])
        let gone = existing.filter { !keep.contains($0) }
        let statement = try db.makeStatement(sql: "DELETE FROM \(table) WHERE \(keyColumn) = ?")
        for key in gone { try statement.execute(arguments: [key]) }
        return gone.count
    }
}
