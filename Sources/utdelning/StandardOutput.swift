import Foundation

/// Standard output that could not take what a command wrote (a full disk, say).
struct StandardOutputError: Error, CustomStringConvertible {
    let cause: String
    var description: String { "standard output: cannot write (\(cause))" }
}

/// Everything a command writes for a person or a program goes through here rather than
/// `print`, whose buffered stdout keeps a failed write to itself: a full disk is then the
/// command's error (one line, exit 73), not silence or a crash.
func say(_ text: String, terminator: String = "\n") throws {
    do {
        try FileHandle.standardOutput.write(contentsOf: Data((text + terminator).utf8))
    } catch {
        let posix = ((error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError)?.code
        throw StandardOutputError(cause: posix.map { String(cString: strerror(Int32($0))) } ?? error.localizedDescription)
    }
}
