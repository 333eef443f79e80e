import Foundation
import Hummingbird
import Vocabulary

/// What a phone keeps for a link, so that it works with no signal: the link's pages, each
/// area's page and map, and the files they load. The sheet PDF is left out: each download
/// makes the area a new link for its QR code.
struct OfflineCopy: Encodable {
    var urls: [String]
    /// An area's link starts with a redirect to its area; the phone keeps the redirect, not
    /// the page it leads to under the link's own address (a browser refuses that copy).
    var redirects: [String: String]

    init(base: String, areas: [AreaID], startsAtArea: AreaID?) {
        let pages = areas.flatMap { ["\(base)/areas/\($0)", "\(base)/areas/\($0)/map.json"] }
        urls = (startsAtArea == nil ? [base] : []) + pages + StaticFiles.pageFiles
        redirects = startsAtArea.map { [base: "\(base)/areas/\($0)"] } ?? [:]
    }
}

/// A value as JSON, keys sorted, never kept by a cache on the way.
struct JSONAnswer<Value: Encodable>: ResponseGenerator {
    let value: Value

    init(_ value: Value) { self.value = value }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Response(
            status: .ok, headers: [.contentType: "application/json", .cacheControl: "no-store"],
            body: .init(byteBuffer: ByteBuffer(bytes: try encoder.encode(value))))
    }
}
