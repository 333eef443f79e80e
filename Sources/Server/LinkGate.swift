import Foundation
import Hummingbird
import Store
import UtdelningKit
import Vocabulary

/// The web's side of the access rules of links (`LinkAccess.admit`), asked on every request:
/// a token no link has, a link at another door (a board link at /v/, a volunteer's or area's
/// at /b/), and an area the link does not open, are 404 as if nothing were there; a revoked
/// or expired link gets a page saying so and whom to ask, and nothing else.
struct LinkGate: Sendable {
    let district: District
    let pages: Pages

    /// The open access of a link at a door (the volunteers' unless told), by the kit's one
    /// rule (`LinkAccess.admit`), the same the tick batch asks when it writes.
    func access(_ token: String, at door: LinkAccess.Door = .volunteer) throws -> LinkAccess {
        try admitted { try district.admit(token: token, at: door) }
    }

    /// The area in a request's path, if the link opens it.
    func area(_ token: String, _ areaText: String) throws -> (LinkAccess, AreaID) {
        let area = try areaID(token, areaText)
        return (try admitted { try district.admit(token: token, at: .volunteer, area: area) }, area)
    }

    /// An area's id as a path gives it. One that is no number is an area the link does not
    /// open: a closed link is told as closed first, as for any other area.
    func areaID(_ token: String, _ text: String) throws -> AreaID {
        guard let number = Int64(text) else {
            _ = try access(token)
            throw Self.notFound
        }
        return AreaID(rawValue: number)
    }

    /// Runs what asks a link, answering its refusal as the gate's own.
    func admitted<T>(_ work: () async throws -> T) async throws -> T {
        try await useCase {
            do { return try await work() } catch let refusal as LinkRefusal { throw answer(refusal) }
        }
    }

    /// The same for what does not wait.
    func admitted<T>(_ work: () throws -> T) throws -> T {
        try useCase {
            do { return try work() } catch let refusal as LinkRefusal { throw answer(refusal) }
        }
    }

    /// What a refused link answers: 404 as if nothing were there, or the closed link's page.
    private func answer(_ refusal: LinkRefusal) -> any Error {
        switch refusal {
        case .notFound: Self.notFound
        case .closed(let access): RefusedLink(pages: pages, access: access)
        }
    }

    static let notFound = UseCaseError(status: .notFound, message: "not found")

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
