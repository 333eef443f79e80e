import Foundation
import Hummingbird

/// What the pages load besides themselves, all from this server: our styles and scripts (phone and board),
/// and Leaflet from Debian's libjs-leaflet, read from where the package installs it.
struct StaticFiles: Sendable {
    static let leafletDirectory = "/usr/share/javascript/leaflet"
    /// The files of Leaflet a page uses, by the name pages ask for: the minified script, which
    /// Debian also ships compressed. Nothing else under the directory is served.
    static let leafletFiles: [String: (file: String, type: String)] = [
        "leaflet.js": ("leaflet.min.js", "text/javascript; charset=utf-8"), "leaflet.css": ("leaflet.css", "text/css; charset=utf-8"),
        "images/layers.png": ("images/layers.png", "image/png"), "images/layers-2x.png": ("images/layers-2x.png", "image/png"),
        "images/marker-icon.png": ("images/marker-icon.png", "image/png"), "images/marker-icon-2x.png": ("images/marker-icon-2x.png", "image/png"),
        "images/marker-shadow.png": ("images/marker-shadow.png", "image/png"),
    ]
    /// Debian's ready-compressed copies beside a file, best first: a phone on a weak signal
    /// gets Leaflet in 35 kB instead of 141 kB, and the server compresses nothing itself.
    static let compressedCopies = [("br", ".brotli"), ("gzip", ".gz")]

    /// What the phone pages load, which a phone keeps for when it has no signal.
    static let pageFiles = ["/static/phone.css", "/static/phone.js", "/static/ticks.js", "/static/leaflet/leaflet.css", "/static/leaflet/leaflet.js"]

    func addRoutes(to router: Router<some RequestContext>) {
        router.get("/static/phone.css") { _, _ in Self.file(PhoneStyle.css, type: "text/css; charset=utf-8") }
        router.get("/static/phone.js") { _, _ in Self.file(PhoneMap.script, type: "text/javascript; charset=utf-8") }
        router.get("/static/ticks.js") { _, _ in Self.file(TickQueue.script, type: "text/javascript; charset=utf-8") }
        router.get("/static/staff.css") { _, _ in Self.file(StaffStyle.css, type: "text/css; charset=utf-8") }
        router.get("/static/staff.js") { _, _ in Self.file(StaffStyle.script, type: "text/javascript; charset=utf-8") }
        router.get("/static/jobs.js") { _, _ in Self.file(ConsoleJobsScript.script, type: "text/javascript; charset=utf-8") }
        router.get("/static/board.css") { _, _ in Self.file(BoardStyle.css, type: "text/css; charset=utf-8") }
        router.get("/static/board.js") { _, _ in Self.file(BoardScript.script, type: "text/javascript; charset=utf-8") }
        router.get("/static/leaflet/**") { request, context in
            let path = context.parameters.getCatchAll().joined(separator: "/")
            guard let (file, type) = Self.leafletFiles[path] else { throw UseCaseError(status: .notFound, message: "no such file") }
            let accepted = request.headers[.acceptEncoding] ?? ""
            for (encoding, suffix) in Self.compressedCopies where accepted.contains(encoding) {
                if let data = FileManager.default.contents(atPath: Self.leafletDirectory + "/" + file + suffix) {
                    var response = Self.file(data, type: type)
                    response.headers[.contentEncoding] = encoding
                    response.headers[.vary] = "Accept-Encoding"
                    return response
                }
            }
            guard let data = FileManager.default.contents(atPath: Self.leafletDirectory + "/" + file) else {
                throw UseCaseError(status: .notFound, message: "no such file (is libjs-leaflet installed?)")
            }
            return Self.file(data, type: type)
        }
    }

    static func file(_ text: String, type: String) -> Response { file(Data(text.utf8), type: type) }

    static func file(_ data: Data, type: String) -> Response {
        Response(
            status: .ok, headers: [.contentType: type, .cacheControl: "public, max-age=86400"],
            body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
