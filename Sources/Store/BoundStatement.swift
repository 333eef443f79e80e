import Foundation
import GRDB
import GRDBSQLite

/// A value bound to a statement parameter, without existential boxing.
enum SQLValue {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob(Data)

    init(_ value: String?) { self = value.map { .text($0) } ?? .null }
    init(_ value: Double?) { self = value.map { .real($0) } ?? .null }
    init(_ value: Int?) { self = value.map { .integer(Int64($0)) } ?? .null }
    init(_ value: Int64?) { self = value.map { .integer($0) } ?? .null }
}

/// A prepared statement stepped once per row with values bound through SQLite's C API on GRDB's
/// statement, rather than through StatementArguments, which boxes every value (measured: a
/// third of an import's time). Imports and refreshes write hundreds of thousands of rows.
struct BoundStatement {
    private let db: Database
    private let statement: Statement
    private let parameterCount: Int

    init(db: Database, sql: String) throws {
        self.db = db
        statement = try db.makeStatement(sql: sql)
        parameterCount = Int(sqlite3_bind_parameter_count(statement.sqliteStatement))
    }

    /// Binds one value per parameter, in order, and steps; returns the rows it changed.
    @discardableResult
    func execute(_ values: [SQLValue]) throws -> Int {
        precondition(values.count == parameterCount, "one value per parameter")
        let s = statement.sqliteStatement
        // SQLITE_TRANSIENT: SQLite copies the bytes before the Swift buffer goes away.
        let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            switch value {
            case .null: sqlite3_bind_null(s, index)
            case .integer(let v): sqlite3_bind_int64(s, index, v)
            case .real(let v): sqlite3_bind_double(s, index, v)
            case .text(let v): Self.bind(v, to: s, at: index)
            case .blob(let v): _ = v.withUnsafeBytes { sqlite3_bind_blob(s, index, $0.baseAddress, Int32($0.count), transient) }
            }
        }
        let code = sqlite3_step(s)
        sqlite3_reset(s)
        guard code == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)), sql: statement.sql)
        }
        return Int(sqlite3_changes(db.sqliteConnection))
    }

    /// A string's UTF-8 bytes with their length: passing a `String` where C wants a `char *`
    /// copied it into a new array per value (seen in `perf`), and SQLite then measured it.
    private static func bind(_ text: String, to statement: OpaquePointer?, at index: Int32) {
        let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
        var text = text
        text.withUTF8 { bytes in
            // An empty buffer may have no address, which SQLite would bind as NULL, not ''.
            guard let base = bytes.baseAddress else {
                _ = sqlite3_bind_text(statement, index, "", 0, transient)
                return
            }
            _ = base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { sqlite3_bind_text(statement, index, $0, Int32(bytes.count), transient) }
        }
    }
}
