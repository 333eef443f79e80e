import Foundation
import Households
import Hummingbird
import UtdelningKit
import Vocabulary

/// The coordinator's volunteers, behind the coordinator's door: the table, a person's page,
/// their edit (the use case of `utdelning volunteers edit`, checked against the revision the
/// page showed) and forgetting them (`utdelning volunteers forget`, asked first on a page of
/// its own). Both changes are audited by id.
struct ConsoleVolunteerRoutes {
    let district: District
    let pages: Pages

    /// What the edit form posts besides its token.
    struct EditForm: Decodable {
        var revision: String?
        var capacity: String?
        var unit: String?
        var mode: String?
        var association: String?
        var confirm: String?
    }

    func addRoutes(to coordinator: RouterGroup<WebContext>) {
        coordinator.get("volunteers") { request, context in
            let notice = request.uri.queryParameters.get("forgotten") != nil ? ConsoleWords.of(request).forgotten : nil
            return try listPage(request, context, notice: notice)
        }
        coordinator.get("volunteers/{volunteer}") { request, context in
            let words = ConsoleWords.of(request)
            return try personPage(try Self.volunteer(context), request, context, notice: request.uri.queryParameters.get("saved") != nil ? words.saved : nil)
        }
        coordinator.post("volunteers/{volunteer}") { request, context in
            let id = try Self.volunteer(context)
            let form = try await Self.form(request, context)
            guard let seen = form.revision.flatMap(VolunteerRevision.init(token:)) else {
                throw UseCaseError(status: .badRequest, message: "the form carries no revision of the volunteer; reload the page")
            }
            let edit = StaffEdit(user: try context.requireIdentity().id)
            do {
                try district.editVolunteer(id, try Self.change(form), seen: seen, by: edit)
                return Response(status: .seeOther, headers: [.location: "/coordinator/volunteers/\(id)?saved=1"])
            } catch DistrictError.volunteerChangedMeanwhile(let id, let seen, let now) {
                return try pages.html("conflict", ConflictView(volunteer: id, seen: seen, now: now, words: ConsoleWords.of(request)), status: .conflict)
                    .response(from: request, context: context)
            } catch let error as ArgumentError {
                return try personPage(id, request, context, error: error.message, status: .badRequest)
            } catch let error as any HTTPResponseError {
                throw error
            } catch {
                throw UseCaseError(error)
            }
        }
        coordinator.get("volunteers/{volunteer}/forget") { request, context in
            let id = try Self.volunteer(context)
            let (volunteer, areas) = try useCase { (try district.volunteer(id), try district.volunteerLinks().first { $0.volunteer == id }?.areas.count ?? 0) }
            let view = ConsoleForgetView(
                volunteer: volunteer, areas: areas, user: try context.requireIdentity(), csrf: ConsoleRoutes.csrf(context), words: ConsoleWords.of(request))
            return try pages.html("console-forget", view).response(from: request, context: context)
        }
        coordinator.post("volunteers/{volunteer}/forget") { request, context in
            let id = try Self.volunteer(context)
            guard try await Self.form(request, context).confirm == "yes" else {
                throw UseCaseError(status: .badRequest, message: "forgetting a person is confirmed on its own page; nothing was changed")
            }
            let edit = StaffEdit(user: try context.requireIdentity().id)
            _ = try useCase { try district.forgetVolunteer(id: id, by: edit) }
            return Response(status: .seeOther, headers: [.location: "/coordinator/volunteers?forgotten=1"])
        }
    }

    /// The table, with a link just made shown at the top (the only time its URL is known).
    func listPage(_ request: Request, _ context: WebContext, notice: String? = nil, renewed: RenewedLink? = nil) throws -> Response {
        let view = ConsoleVolunteersView(
            rows: try useCase { try district.volunteerRoster() }, user: try context.requireIdentity(), csrf: ConsoleRoutes.csrf(context),
            words: ConsoleWords.of(request), canRenew: district.config.links.hasPublicURL, notice: notice, renewed: renewed)
        return try pages.html("console-volunteers", view).response(from: request, context: context)
    }

    private func personPage(
        _ id: VolunteerID, _ request: Request, _ context: WebContext, notice: String? = nil, error: String? = nil, status: HTTPResponse.Status = .ok
    ) throws -> Response {
        let (volunteer, row, associations) = try useCase {
            (try district.volunteer(id), try district.volunteerRoster().first { $0.volunteer == id }, try district.associationNames())
        }
        let view = ConsoleVolunteerView(
            volunteer: volunteer, areas: row?.areas ?? [], link: row?.link ?? .none, associations: associations, user: try context.requireIdentity(),
            csrf: ConsoleRoutes.csrf(context), words: ConsoleWords.of(request), notice: notice, error: error)
        return try pages.html("console-volunteer", view, status: status).response(from: request, context: context)
    }

    /// The form's values as a change: a capacity in the unit chosen, a mode by its name.
    static func change(_ form: EditForm) throws -> VolunteerChange {
        var change = VolunteerChange(association: form.association.flatMap { $0.isEmpty ? nil : $0 })
        if let text = form.capacity?.trimmingCharacters(in: .whitespaces), !text.isEmpty {
            if form.unit == "hours" {
                guard let hours = Double(text.replacingOccurrences(of: ",", with: ".")) else { throw ArgumentError("capacity '\(text)' is not a number of hours") }
                change.capacity = try VolunteerCapacity(hours: hours)
            } else {
                guard let areas = Int(text) else { throw ArgumentError("capacity '\(text)' is not a whole number of areas") }
                change.capacity = try VolunteerCapacity(areas: areas)
            }
        }
        if let mode = form.mode, !mode.isEmpty {
            guard let chosen = Volunteer.Mode(rawValue: mode) else { throw ArgumentError("mode is walk, bike or car, not '\(mode)'") }
            change.mode = chosen
        }
        return change
    }

    static func form(_ request: Request, _ context: WebContext) async throws -> EditForm {
        var request = request
        let body = try await request.collectBody(upTo: context.maxUploadSize)
        guard let form = try? URLEncodedFormDecoder().decode(EditForm.self, from: String(buffer: body)) else {
            throw UseCaseError(status: .badRequest, message: "unreadable form")
        }
        return form
    }

    static func volunteer(_ context: WebContext) throws -> VolunteerID {
        guard let number = Int64(try context.parameters.require("volunteer")) else { throw UseCaseError(DistrictError.noVolunteer(VolunteerID(rawValue: 0))) }
        return VolunteerID(rawValue: number)
    }
}
