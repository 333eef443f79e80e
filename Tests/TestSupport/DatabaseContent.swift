import GRDB

/// Every row of every table, in a fixed order: two databases with equal content
/// give equal dumps, whatever their pages look like.
public func contentDump(_ path: String) throws -> String {
    let queue = try DatabaseQueue(path: path)
    return try queue.read { db in
        var out = ""
        // writeCount counts committed transactions, not content: a write that changed nothing counts too.
        for table in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name != 'writeCount' ORDER BY name") {
            out += "# \(table)\n"
            for row in try Row.fetchAll(db, sql: "SELECT * FROM \"\(table)\" ORDER BY rowid") { out += "\(row)\n" }
        }
        return out
    }
}
