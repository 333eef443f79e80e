import Foundation
import Hummingbird
import Store
import UtdelningKit
import Vocabulary

/// The access rules of links, read in one place and asked on every request: a token no link
/// has, a link at another door (a board link at /v/, a volunteer's or area's at /b/), and an
/// area the link does not open, are 404 as if nothing were there; a revoked or expired link
/// gets a page saying so and whom to ask, and nothing else.
struct LinkGate: Sendable {
    let district: District
    let pages: Pages

    /// Where a link is asked: the volunteers' pages or the board's.
    enum Door: Sendable {
        case volunteer
        case board
    }

    /// The open access of a link at its own door.
    func access(_ token: String, at door: Door = .volunteer) throws -> LinkAccess {
        guard let access = try useCase({ try district.access(token: token) }), Self.door(of: access.scope) == door else { throw Self.notFound }
        guard access.state == .open else {
            throw RefusedLink(pages: pages, access: access)
        }
        return access
    }

    /// The area in a request's path, if the link opens it.
    func area(_ token: String, _ areaText: String) throws -> (LinkAccess, AreaID) {
        let access = try access(token)
        let area = try Self.areaID(areaText)
        guard access.opens(area) else { throw Self.notFound }
        return (access, area)
    }

    /// An area's id as a path gives it.
    static func areaID(_ text: String) throws -> AreaID {
        guard let number = Int64(text) else { throw notFound }
        return AreaID(rawValue: number)
    }

    /// What a tick's refused link answers: the same as the gate's own refusals.
    func answer(_ refusal: LinkRefusal) -> any Error {
        switch refusal {
        case .notFound: Self.notFound
        case .closed(let access): RefusedLink(pages: pages, access: access)
        }
    }

    static let notFound = UseCaseError(status: .notFound, message: "not found")

    static func door(of scope: StoredLink.Scope) -> Door {
        if case .board = scope { return .board }
        return .volunteer
    }

    /// The association's contact person, else the association itself; the district's for the board.
    static func contact(_ access: LinkAccess) -> String {
        if case .board = access.scope { return "distriktets samordnare" }
        return access.contact ?? "föreningen \(access.association)"
    }
}

/// A revoked or expired link's page, thrown so that no handler goes on past it; in the
/// language the request asks for.
struct RefusedLink: HTTPResponseError {
    let pages: Pages
    let access: LinkAccess
    var status: HTTPResponse.Status { .gone }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        let view = RefusedView(access: access, contact: LinkGate.contact(access), words: PhoneWords.of(PhoneWords.language(of: request)))
        return try pages.html("refused", view, status: status).response(from: request, context: context)
    }
}
