import Foundation
import Hummingbird
import UtdelningKit
import Vocabulary

/// The coordinator's pages, behind the door for their role: the volunteers and their links,
/// with renew and revoke through the same use cases as `utdelning links`.
struct CoordinatorRoutes {
    let district: District
    let pages: Pages

    func addRoutes(to coordinator: RouterGroup<WebContext>) {
        coordinator.get { request, context in try page(request, context) }
        coordinator.post("volunteers/{volunteer}/renew") { request, context in
            guard let number = Int64(try context.parameters.require("volunteer")) else { throw LinkGate.notFound }
            let edit = StaffEdit(user: try context.requireIdentity().id)
            let renewed = try useCase { try district.renewLink(volunteer: VolunteerID(rawValue: number), by: edit) }
            // Renewed from the volunteers' table: shown there, with the new link on top.
            if request.uri.queryParameters.get("from") == "volunteers" {
                return try ConsoleVolunteerRoutes(district: district, pages: pages).listPage(request, context, renewed: renewed)
            }
            return try page(request, context, renewed: renewed)
        }
        coordinator.post("links/{link}/revoke") { _, context in
            guard let id = Int64(try context.parameters.require("link")) else { throw LinkGate.notFound }
            let edit = StaffEdit(user: try context.requireIdentity().id)
            try useCase { try district.revokeLink(id: id, by: edit) }
            return Response(status: .seeOther, headers: [.location: "/coordinator"])
        }
    }

    /// The list, with a link just made shown at the top (the only time its URL is known).
    private func page(_ request: Request, _ context: WebContext, renewed: RenewedLink? = nil) throws -> Response {
        let user = try context.requireIdentity()
        let csrf = context.sessions.session?.csrf ?? ""
        let rows = try useCase { try district.volunteerLinks() }
        let view = CoordinatorView(
            rows: rows, user: user, csrf: csrf, canRenew: district.config.links.hasPublicURL, renewed: renewed, words: ConsoleWords.of(request))
        return try pages.html("coordinator", view).response(from: request, context: context)
    }
}
