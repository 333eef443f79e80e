import Foundation
import Hummingbird
import UtdelningKit

/// The board's door: a read-only dashboard of the district's coverage. The same handlers are
/// mounted on a group that has checked who asks: behind a board link (`/b/{token}`) and
/// behind a board or coordinator session (`/board`). There is no POST, PUT or DELETE under
/// either: the board reads and changes nothing.
struct BoardRoutes: Sendable {
    let district: District
    let pages: Pages

    func addRoutes<Context: RequestContext>(to board: RouterGroup<Context>) {
        board.get { request, context in
            let (status, counts) = try useCase { (try district.boardStatus(), try district.auditCounts()) }
            return try pages.html("board", BoardView(status: status, base: Self.base(request), auditCounts: counts))
                .response(from: request, context: context)
        }
        board.get("board.json") { request, context in
            try JSONAnswer(useCase { try BoardJSON(status: district.boardStatus()) }).response(from: request, context: context)
        }
        board.get("coverage.csv") { _, _ in
            // `coverage --format csv` as it prints by default: one row per association, then the district.
            var coverage = try useCase { try district.coverage() }
            coverage.areas = []
            return Self.file(Data(CoverageCSV.document(coverage).utf8), type: "text/csv; charset=utf-8", download: "tackning.csv")
        }
        board.get("progress.svg") { request, _ in
            // `?narrow=1`: drawn for a phone's width, its labels legible there.
            let width = request.uri.queryParameters.has("narrow") ? 80.0 : 182.0
            return Self.file(Data(try useCase { try district.progressChartSVG(widthMillimetres: width) }.utf8), type: "image/svg+xml")
        }
        board.get("map.json") { request, context in
            try JSONAnswer(useCase { try BoardMapData(district.boardMap()) }).response(from: request, context: context)
        }
    }

    /// The page's own path is the base of its files, whichever prefix it is mounted at.
    static func base(_ request: Request) -> String {
        let path = request.uri.path
        return path.hasSuffix("/") ? String(path.dropLast()) : path
    }

    /// Read afresh on every request: the figures change as phones report.
    static func file(_ data: Data, type: String, download: String? = nil) -> Response {
        var headers: HTTPFields = [.contentType: type, .cacheControl: "no-store"]
        if let download { headers[.contentDisposition] = "attachment; filename=\"\(download)\"" }
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}

/// Runs the mount's check before every board route.
struct Authorizing<Context: RequestContext>: RouterMiddleware {
    let authorize: @Sendable (Request, Context) async throws -> Void

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        try await authorize(request, context)
        return try await next(request, context)
    }
}
