import Foundation
import Hummingbird
import HummingbirdAuth
import UtdelningKit

/// The staff's door, the one place their access rules are read: routes under `sessions` know
/// the log-in session (kept in the database) and who is logged in; `requiring` puts a group
/// behind roles. A volunteer's link passes none of this.
struct StaffDoor {
    static let sessionCookie = "utdelning_session"
    /// A session ends after this long without a request.
    static let idle: Duration = .seconds(12 * 60 * 60)

    let sessions: RouterGroup<WebContext>
    let pages: Pages

    init(router: Router<WebContext>, district: District, pages: Pages) {
        self.pages = pages
        // SameSite=Strict: no other site's page or form brings the session along (the staff
        // open their pages themselves, not from links elsewhere); the form token checks posts too.
        let cookie = SessionCookieParameters(name: Self.sessionCookie, path: "/", secure: district.config.links.isHTTPS, sameSite: .strict)
        sessions = router.group()
            .add(middleware: SessionMiddleware(
                storage: SessionStore(district: district, idle: Self.idle),
                configuration: .init(sessionCookieParameters: cookie, keyPrefix: "", defaultSessionExpiration: Self.idle)))
            .add(middleware: SessionAuthenticator(users: StaffUsers(district: district), context: WebContext.self))
    }

    /// A group at `path` that only the given roles enter: without a session, to /login;
    /// with another role, 403; a post without the session's form token, 403.
    /// The board's dashboard mounts as `requiring([.board, .coordinator], at: "board")`.
    /// - Parameter tokenInUpload: the group's posts are file uploads whose handler checks the
    ///   token as the first field of the multipart body (`UploadReceiver`), before any byte of
    ///   the file is written; the gate cannot read it without taking the whole file in.
    func requiring(_ roles: Set<StaffRole>, at path: RouterPath, tokenInUpload: Bool = false) -> RouterGroup<WebContext> {
        sessions.group(path).add(middleware: SessionGate(roles: roles, pages: pages, tokenInUpload: tokenInUpload))
    }
}

/// The user a session names, read afresh on every request: a removed user is no one.
struct StaffUsers: UserSessionRepository {
    let district: District

    func getUser(from session: StaffSession, context: UserRepositoryContext) async throws -> StaffUser? {
        try useCase { try district.user(id: session.user) }
    }
}

/// Lets in the roles it was made for, checks every post's form token, and keeps an active
/// session alive (12 h after the last request, not after log-in).
struct SessionGate: RouterMiddleware {
    typealias Context = WebContext
    let roles: Set<StaffRole>
    let pages: Pages
    var tokenInUpload = false

    func handle(_ request: Request, context: WebContext, next: (Request, WebContext) async throws -> Response) async throws -> Response {
        guard let user = context.identity, let session = context.sessions.session else {
            return Response(status: .seeOther, headers: [.location: "/login"])
        }
        guard roles.contains(user.role) else {
            throw ThrownPage(pages.html("message", MessageView.forbidden, status: .forbidden))
        }
        var request = request
        if request.method != .get, request.method != .head, !tokenInUpload {
            try await FormToken.check(&request, context, expected: session.csrf, pages: pages)
        }
        context.sessions.withLockedSession { data in
            if let left = data?.expiresIn, left < StaffDoor.idle - .seconds(60) { data?.expiresIn = StaffDoor.idle }
        }
        return try await next(request, context)
    }
}

/// The hidden `csrf` field of a posted form, checked against what the server expects.
enum FormToken {
    struct Field: Decodable { var csrf: String? }

    /// Reads the body (kept for the handler after) and refuses the post unless its token is right.
    static func check(_ request: inout Request, _ context: some RequestContext, expected: String, pages: Pages) async throws {
        let body = try await request.collectBody(upTo: context.maxUploadSize)
        let field = try? URLEncodedFormDecoder().decode(Field.self, from: String(buffer: body))
        guard let given = field?.csrf, same(given, expected) else {
            throw ThrownPage(pages.html("message", MessageView.staleForm, status: .forbidden))
        }
    }

    /// Compares in time that does not depend on where the texts differ.
    static func same(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
