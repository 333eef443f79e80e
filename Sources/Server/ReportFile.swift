import Foundation
import Hummingbird
import Rendering
import UtdelningKit

/// The board's report as `utdelning report --out` writes it, PDF or HTML, read back from a
/// folder of its own (the server may draw several at once) and sent inline.
enum ReportFile {
    static func data(extension ext: String, district: District, request: Request) throws -> Data {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("utdelning-report-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("rapport.\(ext)").path
        // The console's language when English was asked for; else the district's own.
        let language: SheetWords.Language? = PhoneWords.language(of: request) == .en ? .en : nil
        _ = try district.writeReport(to: path, language: language)
        return try Data(contentsOf: URL(fileURLWithPath: path))
    }

    /// The HTML report styles itself inline and draws with inline SVG: its own policy allows
    /// that and nothing else (no script, nothing from elsewhere).
    static func response(_ data: Data, extension ext: String) throws -> Response {
        var headers: HTTPFields = [.cacheControl: "no-store", .contentDisposition: "inline; filename=\"rapport.\(ext)\""]
        if ext == "pdf" {
            headers[.contentType] = "application/pdf"
        } else {
            headers[.contentType] = "text/html; charset=utf-8"
            headers[.contentSecurityPolicy] = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
        }
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
