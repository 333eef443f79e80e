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
        let code = Self.bind(values, from: 0, to: s)
        sqlite3_reset(s)
        // No binding is left pointing at a Swift buffer that is gone.
        sqlite3_clear_bindings(s)
        guard code == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)), sql: statement.sql)
        }
        return Int(sqlite3_changes(db.sqliteConnection))
    }

    /// Binds `values` from `offset` on, then steps. Text and blobs are bound where they lie
    /// (SQLITE_STATIC), and the step runs inside the scope of each of their buffers: SQLite read
    /// them in place instead of copying every one (SQLITE_TRANSIENT) for a row it copies again.
    private static func bind(_ values: [SQLValue], from offset: Int, to s: OpaquePointer?) -> Int32 {
        guard offset < values.count else { return sqlite3_step(s) }
        let index = Int32(offset + 1)
        switch values[offset] {
        case .null: sqlite3_bind_null(s, index)
        case .integer(let v): sqlite3_bind_int64(s, index, v)
        case .real(let v): sqlite3_bind_double(s, index, v)
        case .text(var v):
            return v.withUTF8 { bytes in
                // An empty buffer may have no address, which SQLite would bind as NULL, not ''.
                guard let base = bytes.baseAddress else {
                    sqlite3_bind_text(s, index, "", 0, transient)
                    return bind(values, from: offset + 1, to: s)
                }
                return base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { text in
                    sqlite3_bind_text(s, index, text, Int32(bytes.count), inPlace)
                    return bind(values, from: offset + 1, to: s)
                }
            }
        case .blob(let v):
            return v.withUnsafeBytes { bytes in
                sqlite3_bind_blob(s, index, bytes.baseAddress, Int32(bytes.count), bytes.baseAddress == nil ? transient : inPlace)
                return bind(values, from: offset + 1, to: s)
            }
        }
        return bind(values, from: offset + 1, to: s)
    }

    /// SQLITE_STATIC (a null destructor): SQLite reads the bytes where they are, until they are
    /// bound again or cleared.
    private static var inPlace: sqlite3_destructor_type? { nil }
    /// SQLITE_TRANSIENT: SQLite copies the bytes at once.
    private static var transient: sqlite3_destructor_type { unsafeBitCast(-1, to: sqlite3_destructor_type.self) }
}
