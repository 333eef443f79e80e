import Hummingbird
import Mustache

/// The pages' templates (the phone's and the staff's), parsed once when the server starts.
struct Pages: Sendable {
    let library: MustacheLibrary
    /// OpenStreetMap's map images, when the configuration offers them under the phone's map.
    let tiles: MapTiles?

    init(tiles: MapTiles? = nil) throws {
        self.tiles = tiles
        var library = MustacheLibrary()
        try library.register(PageFrame.head, named: "head")
        try library.register(PageFrame.foot, named: "foot")
        try library.register(VolunteerPage.template, named: "volunteer")
        try library.register(AreaPage.template, named: "area")
        try library.register(RefusedPage.template, named: "refused")
        try library.register(LoginPage.template, named: "login")
        try library.register(CoordinatorPage.template, named: "coordinator")
        try library.register(MessagePage.template, named: "message")
        try library.register(BoardPage.template, named: "board")
        try library.register(StaffBar.template, named: "staffbar")
        try library.register(ConsoleAreasPage.template, named: "console-areas")
        try library.register(ConsoleAreaPage.template, named: "console-area")
        try library.register(ConflictPage.template, named: "conflict")
        try library.register(AuditPage.template, named: "audit")
        try library.register(PrintRunPage.template, named: "printrun")
        try library.register(AssignRunPage.template, named: "assign-run")
        try library.register(ConsoleVolunteersPage.list, named: "console-volunteers")
        try library.register(ConsoleVolunteersPage.one, named: "console-volunteer")
        try library.register(ConsoleVolunteersPage.forget, named: "console-forget")
        try library.register(ConsoleDataPage.planForm, named: "planform")
        try library.register(ConsoleDataPage.data, named: "console-data")
        try library.register(ConsoleDataPage.job, named: "console-job")
        try library.register(ConsoleDataPage.chooseName, named: "console-boundary-name")
        self.library = library
    }

    func html(_ template: String, _ view: Any, status: HTTPResponse.Status = .ok) -> HTML {
        HTML(status: status, text: library.render(view, withTemplate: template) ?? "", imageHost: tiles?.host)
    }
}

/// A rendered page, with the policy that lets the browser load script, style and images only
/// from this server: no other host's code runs on a volunteer's phone.
struct HTML: ResponseGenerator {
    var status: HTTPResponse.Status = .ok
    let text: String
    /// The one other host images may come from: OpenStreetMap's tiles, when offered.
    var imageHost: String?

    static func securityPolicy(imageHost: String?) -> String {
        let images = ["'self'", "data:"] + (imageHost.map { ["https://\($0)"] } ?? [])
        return "default-src 'self'; img-src \(images.joined(separator: " ")); object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        Response(
            status: status,
            headers: [
                .contentType: "text/html; charset=utf-8", .contentSecurityPolicy: Self.securityPolicy(imageHost: imageHost), .cacheControl: "no-store",
            ],
            body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}

/// A page that ends a request where it is thrown (a revoked link, a role that may not enter):
/// no handler goes on past it.
struct ThrownPage: HTTPResponseError {
    let page: HTML
    var status: HTTPResponse.Status { page.status }

    init(_ page: HTML) { self.page = page }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        try page.response(from: request, context: context)
    }
}
