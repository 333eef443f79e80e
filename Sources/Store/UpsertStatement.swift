import GRDB

/// `INSERT … ON CONFLICT(key) DO UPDATE … WHERE something changed`: a row that is
/// already as given is not written at all, which keeps re-imports from touching
/// the file. Prepared once, stepped for every row (`BoundStatement`). `finish()` after
/// the last row writes what is still held and gives the rows written.
struct UpsertStatement {
    private let statement: BoundStatement
    /// On a first load: `rowsPerBatch` rows in one `INSERT … VALUES (…), (…)`.
    private let batch: BoundStatement?
    private var held: [SQLValue] = []
    private let columnCount: Int
    private var written = 0

    /// Rows per batch: SQLite opens and closes the table's and its unique indexes' cursors, finds
    /// the last rowid and halts once per statement (a tenth of a first import's store phase row
    /// by row). Each value is bound in place inside the scope of the ones before (`BoundStatement`),
    /// so a batch's values, up to 16 × 16, also set the depth of that nesting.
    static let rowsPerBatch = 16

    /// - Parameter insertOnly: the table is empty (a first load): a plain `INSERT`, as nothing
    ///   can conflict, and SQLite's upsert costs a fifth more per row (measured on Neubrandenburg);
    ///   rows go in batches.
    init(db: Database, table: String, conflictKey: String, columns: [String], insertOnly: Bool = false) throws {
        let updated = columns.filter { $0 != conflictKey }
        let row = "(\(columns.map { _ in "?" }.joined(separator: ", ")))"
        let insert = "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES "
        let sql = insertOnly ? insert + row : """
            \(insert + row)
            ON CONFLICT(\(conflictKey)) DO UPDATE SET \(updated.map { "\($0) = excluded.\($0)" }.joined(separator: ", "))
            WHERE \(updated.map { "\(table).\($0) IS NOT excluded.\($0)" }.joined(separator: " OR "))
            """
        statement = try BoundStatement(db: db, sql: sql)
        batch = insertOnly ? try BoundStatement(db: db, sql: insert + Array(repeating: row, count: Self.rowsPerBatch).joined(separator: ", ")) : nil
        columnCount = columns.count
    }

    /// Writes one row, or holds it for a batch.
    mutating func execute(_ values: [SQLValue]) throws {
        guard let batch else {
            written += try statement.execute(values)
            return
        }
        held += values
        guard held.count == columnCount * Self.rowsPerBatch else { return }
        written += try batch.execute(held)
        held.removeAll(keepingCapacity: true)
    }

    /// Writes the rows still held, one by one, in their order; returns how many rows were written.
    mutating func finish() throws -> Int {
        for start in stride(from: 0, to: held.count, by: columnCount) {
            written += try statement.execute(Array(held[start..<start + columnCount]))
        }
        held.removeAll()
        return written
    }
}
