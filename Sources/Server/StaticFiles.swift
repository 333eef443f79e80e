import Foundation
import Hummingbird

/// What the pages load besides themselves, all from this server: our styles and scripts (phone and board),
/// and Leaflet from Debian's libjs-leaflet, read from where the package installs it.
struct StaticFiles: Sendable {
    static let leafletDirectory = "/usr/share/javascript/leaflet"
    /// The files of Leaflet a page uses; nothing else under the directory is served.
    static let leafletFiles: [String: String] = [
        "leaflet.js": "text/javascript; charset=utf-8", "leaflet.css": "text/css; charset=utf-8",
        "images/layers.png": "image/png", "images/layers-2x.png": "image/png",
        "images/marker-icon.png": "image/png", "images/marker-icon-2x.png": "image/png", "images/marker-shadow.png": "image/png",
    ]

    func addRoutes(to router: Router<some RequestContext>) {
        router.get("/static/phone.css") { _, _ in Self.file(PhoneStyle.css, type: "text/css; charset=utf-8") }
        router.get("/static/phone.js") { _, _ in Self.file(PhoneMap.script, type: "text/javascript; charset=utf-8") }
        router.get("/static/board.css") { _, _ in Self.file(BoardStyle.css, type: "text/css; charset=utf-8") }
        router.get("/static/board.js") { _, _ in Self.file(BoardScript.script, type: "text/javascript; charset=utf-8") }
        router.get("/static/leaflet/**") { _, context in
            let path = context.parameters.getCatchAll().joined(separator: "/")
            guard let type = Self.leafletFiles[path],
                let data = FileManager.default.contents(atPath: Self.leafletDirectory + "/" + path)
            else { throw UseCaseError(status: .notFound, message: "no such file (is libjs-leaflet installed?)") }
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
