import Foundation
import Hummingbird
import Rendering
import UtdelningKit

/// The board's report as `utdelning report --out` writes it, PDF or HTML, sent inline.
enum ReportFile {
    static func data(extension ext: String, district: District, request: Request) async throws -> Data {
        // The console's language when English was asked for; else the district's own.
        let language: SheetWords.Language? = PhoneWords.language(of: request) == .en ? .en : nil
        return try await DrawnFile.read { folder in
            let path = (folder as NSString).appendingPathComponent("rapport.\(ext)")
            _ = try district.writeReport(to: path, language: language)
            return path
        }
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
