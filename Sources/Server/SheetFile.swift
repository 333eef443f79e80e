import Foundation
import Hummingbird
import UtdelningKit
import Vocabulary

/// An area's printable sheet, drawn by the same use case as `utdelning sheets --area`.
enum SheetFile {
    static func pdf(of area: AreaID, district: District) throws -> Data {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("utdelning-sheet-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let report = try district.writeSheets(to: folder.path, area: area)
        guard let path = report.files.first?.path else { throw DistrictError.noArea(area) }
        return try Data(contentsOf: URL(fileURLWithPath: path))
    }

    /// The PDF as a page opens it: inline, named by its area.
    static func response(_ data: Data, area: AreaID) -> Response {
        Response(
            status: .ok, headers: [.contentType: "application/pdf", .contentDisposition: "inline; filename=\"omrade-\(area).pdf\""],
            body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
