import Foundation
import NIOPosix

/// A file a use case draws into a folder (sheets, the board's report), read back and the
/// folder removed. Each draw has a folder of its own, since the server may draw several at
/// once, and runs on NIO's thread pool: drawing takes long, and the event loops must go on
/// serving ticks.
enum DrawnFile {
    /// `draw` writes into the folder it is given and returns the path of what it wrote.
    static func read(_ draw: @escaping @Sendable (_ folder: String) throws -> String) async throws -> Data {
        try await NIOThreadPool.singleton.runIfActive {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("utdelning-drawn-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: folder) }
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            return try Data(contentsOf: URL(fileURLWithPath: try draw(folder.path)))
        }
    }
}
