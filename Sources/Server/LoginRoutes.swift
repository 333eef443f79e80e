import Foundation
import Hummingbird
import NIOPosix
import UtdelningKit

/// Log-in and log-out for coordinators and the board. The log-in form carries a token that
/// must match a cookie set with it (double submit), so no other site can post it.
struct LoginRoutes: Sendable {
    static let formCookie = "utdelning_login"

    let district: District
    let pages: Pages
    let throttle: LoginThrottle
    /// Cookies only over HTTPS when the public address is HTTPS.
    let secure: Bool

    struct Form: Decodable {
        var name: String
        var password: String
        var csrf: String
    }

    func addRoutes(to door: StaffDoor) {
        door.sessions.get("/login") { request, context in
            if let user = context.identity { return Response(status: .seeOther, headers: [.location: Self.home(user.role)]) }
            return try page(LoginView(csrf: LinkToken.random().text, words: ConsoleWords.of(request)), request, context)
        }
        door.sessions.post("/login") { request, context in try await logIn(request, context) }
        door.requiring(Set(StaffRole.allCases), at: "/logout").post { _, context in
            context.sessions.clearSession()
            return Response(status: .seeOther, headers: [.location: "/login"])
        }
    }

    private func logIn(_ request: Request, _ context: WebContext) async throws -> Response {
        guard let form = try? await URLEncodedFormDecoder().decode(Form.self, from: request, context: context) else {
            throw UseCaseError(status: .badRequest, message: "a log-in needs name, password and csrf")
        }
        guard let cookie = request.cookies[Self.formCookie]?.value, FormToken.same(form.csrf, String(cookie)) else {
            throw ThrownPage(pages.html("message", MessageView.staleForm(ConsoleWords.of(request)), status: .forbidden))
        }
        let words = ConsoleWords.of(request)
        let keys = LoginThrottle.keys(name: form.name, address: context.remoteAddress?.ipAddress)
        if let wait = throttle.retryAfterSeconds(keys) {
            var response = try page(LoginView(csrf: form.csrf, name: form.name, error: words.door.throttled, words: words), request, context, status: .tooManyRequests)
            response.headers[.retryAfter] = String(wait)
            return response
        }
        // bcrypt is slow on purpose: on NIO's thread pool it holds up no event loop and no task.
        let district = district
        let user = try await NIOThreadPool.singleton.runIfActive { try useCase { try district.logIn(name: form.name, password: form.password) } }
        guard let user else {
            throttle.failed(keys)
            return try page(LoginView(csrf: form.csrf, name: form.name, error: words.door.wrong, words: words), request, context, status: .unauthorized)
        }
        throttle.succeeded(name: form.name)
        // A fresh session id at log-in: one known before (fixation) opens nothing.
        if let old = request.cookies[StaffDoor.sessionCookie]?.value { try useCase { try district.endSession(key: String(old)) } }
        context.sessions.createSession(StaffSession(user: user.id, csrf: LinkToken.random().text), expiresIn: StaffDoor.idle)
        var response = Response(status: .seeOther, headers: [.location: Self.home(user.role)])
        response.setCookie(formCookie(value: "", maxAgeSeconds: 0))
        return response
    }

    /// The log-in page with its form token, set as a cookie beside it.
    private func page(_ view: LoginView, _ request: Request, _ context: WebContext, status: HTTPResponse.Status = .ok) throws -> Response {
        var response = try pages.html("login", view, status: status).response(from: request, context: context)
        response.setCookie(formCookie(value: view.csrf, maxAgeSeconds: 3600))
        return response
    }

    private func formCookie(value: String, maxAgeSeconds: Int) -> Cookie {
        Cookie(name: Self.formCookie, value: value, maxAge: maxAgeSeconds, path: "/login", secure: secure, httpOnly: true, sameSite: .strict)
    }

    /// Where each role starts.
    static func home(_ role: StaffRole) -> String {
        switch role {
        case .coordinator: "/coordinator"
        case .board: "/board"
        }
    }
}
