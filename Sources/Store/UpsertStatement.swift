import GRDB

/// `INSERT … ON CONFLICT(key) DO UPDATE … WHERE something changed`: a row that is
/// already as given is not written at all, which keeps re-imports from touching
/// the file and keeps them fast.
struct UpsertStatement {
    private let db: Database
    private let statement: Statement
    private(set) var written = 0

    init(db: Database, table: String, conflictKey: String, columns: [String]) throws {
        let updated = columns.filter { $0 != conflictKey }
        let sql = """
            INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES (\(columns.map { _ in "?" }.joined(separator: ", ")))
            ON CONFLICT(\(conflictKey)) DO UPDATE SET \(updated.map { "\($0) = excluded.\($0)" }.joined(separator: ", "))
            WHERE \(updated.map { "\(table).\($0) IS NOT excluded.\($0)" }.joined(separator: " OR "))
            """
        self.db = db
        statement = try db.makeStatement(sql: sql)
    }

    mutating func execute(_ values: [(any DatabaseValueConvertible)?]) throws {
        try statement.execute(arguments: StatementArguments(values))
        written += db.changesCount
    }
}
