import Foundation
import Hummingbird
import NIOPosix
import UtdelningKit
import Vocabulary

/// Printable sheets, drawn by the same use case as `utdelning sheets --area` / `--association`,
/// on NIO's thread pool: drawing takes long, and the event loops must go on serving ticks.
enum SheetFile {
    static func pdf(of area: AreaID, district: District) async throws -> Data {
        try await written { folder in
            guard let path = try district.writeSheets(to: folder, area: area).files.first?.path else { throw DistrictError.noArea(area) }
            return path
        }
    }

    /// An association's sheets in one PDF, as `utdelning sheets --association` writes them.
    static func pdf(of association: String, district: District) async throws -> Data {
        try await written { folder in
            guard let path = try district.writeSheets(to: folder, association: association).files.first?.path else { throw DistrictError.noAreasIn(association) }
            return path
        }
    }

    /// The file `write` puts in a folder of its own, read and the folder removed.
    private static func written(_ write: @escaping @Sendable (String) throws -> String) async throws -> Data {
        try await NIOThreadPool.singleton.runIfActive {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("utdelning-sheet-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: folder) }
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            return try Data(contentsOf: URL(fileURLWithPath: try write(folder.path)))
        }
    }

    /// The PDF as a page opens it: inline, named by its area.
    static func response(_ data: Data, area: AreaID) -> Response {
        Response(
            status: .ok, headers: [.contentType: "application/pdf", .contentDisposition: "inline; filename=\"omrade-\(area).pdf\""],
            body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
