import Hummingbird
import Mustache

/// The pages' templates, parsed once when the server starts.
struct Pages: Sendable {
    let library: MustacheLibrary

    init() throws {
        var library = MustacheLibrary()
        try library.register(PageFrame.head, named: "head")
        try library.register(PageFrame.foot, named: "foot")
        try library.register(VolunteerPage.template, named: "volunteer")
        try library.register(AreaPage.template, named: "area")
        try library.register(RefusedPage.template, named: "refused")
        try library.register(BoardPage.template, named: "board")
        self.library = library
    }

    func html(_ template: String, _ view: Any, status: HTTPResponse.Status = .ok) -> HTML {
        HTML(status: status, text: library.render(view, withTemplate: template) ?? "")
    }
}

/// A rendered page, with the policy that lets the browser load script, style and images only
/// from this server: no other host's code runs on a volunteer's phone.
struct HTML: ResponseGenerator {
    var status: HTTPResponse.Status = .ok
    let text: String

    static let securityPolicy = "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

    func response(from request: Request, context: some RequestContext) throws -> Response {
        Response(
            status: status,
            headers: [
                .contentType: "text/html; charset=utf-8", .contentSecurityPolicy: Self.securityPolicy, .cacheControl: "no-store",
            ],
            body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}
