/// What went wrong, as the front doors tell it apart: the command line maps a kind to an exit
/// code (sysexits.h), the server to an HTTP status. Codes and statuses live with each door.
public enum ErrorKind: Sendable, Equatable, CaseIterable {
    /// A value given to a command cannot be taken: a date that is no date, a percentage out
    /// of range, an output format that is not offered.
    case badArgument
    /// An input file, or the district's database, is not there or cannot be read.
    case missingInput
    /// An input file was read but is wrong at a named position.
    case badInput
    /// The district has no such thing: association, area, volunteer, sheet version, stop.
    case notFound
    /// The district is not that far yet: no streets imported, no areas planned.
    case notReady
    /// The district changed under the request: a sheet since it was printed, a door since its
    /// sheet, the associations since they were read.
    case conflict
    /// Another program held the database's write lock past the busy timeout.
    case databaseBusy
    case databaseReadOnly
    case databaseFull
    case databaseCorrupt
    /// The database file cannot be opened, or the disk failed reading or writing it.
    case databaseUnavailable
    /// An output file cannot be written: no such folder, no permission, a full disk.
    case cannotWrite
    /// A fault of ours: nothing the user can change would have avoided it.
    case fault
}
