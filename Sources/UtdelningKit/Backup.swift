import Foundation

extension District {
    /// `utdelning backup --out FILE`: a copy of the district while it is in use (SQLite's
    /// online backup), checked before it takes its name. A backup never overwrites a file.
    /// To restore: stop `serve`, then copy the backup over the database and remove its
    /// `-wal` and `-shm` files beside it.
    public func backup(to destination: String) throws {
        guard !FileManager.default.fileExists(atPath: destination) else {
            throw ArgumentError("\(destination) exists already: a backup never overwrites a file")
        }
        try existingStore().backup(to: destination)
    }
}
