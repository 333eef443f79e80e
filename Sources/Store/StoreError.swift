import GRDB

/// Why the database file could not be used, by kind, so that each front door can say what to
/// do about it (the command line with an exit code, the server with an HTTP status).
public struct StoreError: Error, CustomStringConvertible, Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// Another program held the write lock past the busy timeout.
        case busy
        case readOnly
        case full
        /// Damaged, or not an SQLite database at all.
        case corrupt
        case cannotOpen
        case ioFailure
        /// Another command wrote what this one had read and worked from; nothing was written.
        case changed
    }

    public let path: String
    public let kind: Kind

    public init(path: String, kind: Kind) {
        self.path = path
        self.kind = kind
    }

    /// The kind of a GRDB error, or nil when SQLite refused our own statement (a
    /// constraint, a syntax error): that is a fault of ours, not of the file.
    public init?(path: String, _ error: DatabaseError) {
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED, .SQLITE_PROTOCOL: self.init(path: path, kind: .busy)
        case .SQLITE_READONLY: self.init(path: path, kind: .readOnly)
        case .SQLITE_FULL: self.init(path: path, kind: .full)
        case .SQLITE_CORRUPT, .SQLITE_NOTADB: self.init(path: path, kind: .corrupt)
        case .SQLITE_CANTOPEN, .SQLITE_PERM: self.init(path: path, kind: .cannotOpen)
        case .SQLITE_IOERR: self.init(path: path, kind: .ioFailure)
        default: return nil
        }
    }

    /// A plain sentence with the path; SQLite's own wording ("database is locked") says
    /// nothing about what to do.
    public var description: String {
        switch kind {
        case .busy: "the database \(path) is busy: another program is writing to it; try again when it is done"
        case .readOnly: "the database \(path) is read-only: this command writes to it; check the file's permissions"
        case .full: "the disk is full: the database \(path) cannot grow; free some space and try again"
        case .corrupt: "the database \(path) is damaged or not a database; restore it from a copy or import into a new one"
        case .cannotOpen: "cannot open the database \(path) (does its folder exist, and may it be written?)"
        case .ioFailure: "cannot read or write the database \(path): the disk reported an error"
        case .changed: "another command changed the district in \(path) while this one worked from it, twice: nothing was written; run it again"
        }
    }
}
