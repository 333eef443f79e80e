import Foundation
import Hummingbird
import UtdelningKit
import Vocabulary

/// Printable sheets, drawn by the same use case as `utdelning sheets --area` / `--association`.
enum SheetFile {
    static func pdf(of area: AreaID, district: District) async throws -> Data {
        try await DrawnFile.read { folder in
            guard let path = try district.writeSheets(to: folder, area: area).files.first?.path else { throw DistrictError.noArea(area) }
            return path
        }
    }

    /// An association's sheets in one PDF, as `utdelning sheets --association` writes them.
    static func pdf(of association: String, district: District) async throws -> Data {
        try await DrawnFile.read { folder in
            guard let path = try district.writeSheets(to: folder, association: association).files.first?.path else { throw DistrictError.noAreasIn(association) }
            return path
        }
    }

    /// The PDF as a page opens it: inline, named by its area.
    static func response(_ data: Data, area: AreaID) -> Response {
        Response(
            status: .ok, headers: [.contentType: "application/pdf", .contentDisposition: "inline; filename=\"omrade-\(area).pdf\""],
            body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
