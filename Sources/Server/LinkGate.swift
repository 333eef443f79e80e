import Foundation
import Hummingbird
import UtdelningKit
import Vocabulary

/// The access rules of links, read in one place and asked on every request: a token no link
/// has, and an area the link does not open, are 404 as if nothing were there; a revoked or
/// expired link gets a page saying so and whom to ask, and nothing else.
struct LinkGate: Sendable {
    let district: District
    let pages: Pages

    /// The open access of a link.
    func access(_ token: String) throws -> LinkAccess {
        guard let access = try useCase({ try district.access(token: token) }) else { throw Self.notFound }
        guard access.state == .open else {
            throw ThrownPage( pages.html("refused", RefusedView(access: access, contact: Self.contact(access)), status: .gone))
        }
        return access
    }

    /// The area in a request's path, if the link opens it.
    func area(_ token: String, _ areaText: String) throws -> (LinkAccess, AreaID) {
        let access = try access(token)
        guard let number = Int64(areaText), access.opens(AreaID(rawValue: number)) else { throw Self.notFound }
        return (access, AreaID(rawValue: number))
    }

    static let notFound = UseCaseError(status: .notFound, message: "not found")

    /// The association's contact person, else the association itself.
    static func contact(_ access: LinkAccess) -> String {
        access.contact ?? "föreningen \(access.association)"
    }
}
