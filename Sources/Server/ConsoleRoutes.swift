import Foundation
import Hummingbird
import UtdelningKit
import Vocabulary

/// The coordinator's console for areas, behind the coordinator's door: the table and map, an
/// area's page, and its changes by hand through the same use cases as `utdelning area lock`,
/// `assign AREA --to ID` and `unassign`. Each change names who made it (the audit log) and the
/// revision of the area the page showed: a page older than the area is answered 409.
struct ConsoleRoutes {
    let district: District
    let pages: Pages

    /// What a change form posts besides its token.
    struct ChangeForm: Decodable {
        var revision: String?
        var volunteer: Int64?
        /// A returned sheet: its version and the stop numbers ticked.
        var version: Int?
        var stops: [Int]?
        /// An automatic run: one association, or empty for all.
        var association: String?
    }

    func addRoutes(to coordinator: RouterGroup<WebContext>) {
        coordinator.get("areas") { request, context in
            let query = request.uri.queryParameters
            let chosen = query.get("association").flatMap { $0.isEmpty ? nil : $0 }
            let report = try useCase { try district.areas(association: chosen) }
            let sort = query.get("sort").flatMap { key in ConsoleAreasView.sortable.contains { $0.key == key } ? key : nil } ?? "id"
            let view = ConsoleAreasView(
                report: report, names: try names(), associations: try useCase { try district.associationNames() }, chosen: chosen, sort: sort,
                descending: query.get("order") == "desc", user: try context.requireIdentity(), csrf: Self.csrf(context), words: ConsoleWords.of(request))
            return try pages.html("console-areas", view).response(from: request, context: context)
        }
        coordinator.get("areas/{area}") { request, context in
            try areaPage(try Self.area(context), request, context)
        }
        coordinator.get("areas/{area}/map.json") { request, context in
            let area = try Self.area(context)
            return try JSONAnswer(useCase { try AreaMapData(walk: district.areaWalk(area)) }).response(from: request, context: context)
        }
        coordinator.get("areas/{area}/sheet.pdf") { _, context in
            let area = try Self.area(context)
            return SheetFile.response(try await useCase { try await SheetFile.pdf(of: area, district: district) }, area: area)
        }
        coordinator.post("areas/{area}/lock") { request, context in
            try await change(request, context) { area, edit, _ in try district.lockArea(area, locked: true, by: edit); return [] }
        }
        coordinator.post("areas/{area}/unlock") { request, context in
            try await change(request, context) { area, edit, _ in try district.lockArea(area, locked: false, by: edit); return [] }
        }
        coordinator.post("areas/{area}/assign") { request, context in
            try await change(request, context) { area, edit, form in
                guard let volunteer = form.volunteer else { throw UseCaseError(status: .badRequest, message: "choose a volunteer") }
                let done = try district.assignManually(area: area, to: VolunteerID(rawValue: volunteer), by: edit)
                return ConsoleAreaView.notices(done, names: try names(), words: ConsoleWords.of(request))
            }
        }
        coordinator.post("areas/{area}/unassign") { request, context in
            try await change(request, context) { area, edit, _ in _ = try district.assignManually(area: area, to: nil, by: edit); return [] }
        }
        coordinator.post("areas/{area}/deliver") { request, context in
            try await change(request, context) { area, edit, form in
                guard let stops = form.stops, !stops.isEmpty else { throw UseCaseError(status: .badRequest, message: "tick at least one stop") }
                let report = try district.deliver(
                    area: area, version: form.version, stops: .stops(stops.map(String.init)), outcome: .delivered, by: nil, edit: edit)
                return ConsoleAreaView.notices(report, words: ConsoleWords.of(request))
            }
        }
        coordinator.get("sheets.pdf") { request, _ in
            guard let association = request.uri.queryParameters.get("association"), !association.isEmpty else {
                throw UseCaseError(status: .badRequest, message: "choose an association")
            }
            let data = try await useCase { try await SheetFile.pdf(of: association, district: district) }
            return Response(
                status: .ok, headers: [.contentType: "application/pdf", .contentDisposition: "attachment; filename=\"arken.pdf\""],
                body: .init(byteBuffer: ByteBuffer(bytes: data)))
        }
        coordinator.post("assign") { request, context in
            var request = request
            let body = try await request.collectBody(upTo: context.maxUploadSize)
            let form = try? URLEncodedFormDecoder().decode(ChangeForm.self, from: String(buffer: body))
            let association = form?.association.flatMap { $0.isEmpty ? nil : $0 }
            let edit = StaffEdit(user: try context.requireIdentity().id)
            let report = try useCase { try district.assign(association: association, by: edit) }
            let view = AssignRunView(report: report, user: try context.requireIdentity(), csrf: Self.csrf(context), words: ConsoleWords.of(request))
            return try pages.html("assign-run", view).response(from: request, context: context)
        }
        coordinator.get("printrun") { request, context in
            let view = PrintRunView(
                run: try useCase { try district.printRun() }, user: try context.requireIdentity(), csrf: Self.csrf(context), words: ConsoleWords.of(request))
            return try pages.html("printrun", view).response(from: request, context: context)
        }
        coordinator.get("printrun.csv") { _, _ in
            let csv = try useCase { try PrintRunCSV.document(district.printRun()) }
            return BoardRoutes.file(Data(csv.utf8), type: "text/csv; charset=utf-8", download: "tryckupplaga.csv")
        }
        // The board's report, by the use case of `utdelning report --out FILE.pdf|.html`.
        coordinator.get("report.pdf") { request, _ in
            try ReportFile.response(try await useCase { try await ReportFile.data(extension: "pdf", district: district, request: request) }, extension: "pdf")
        }
        coordinator.get("report.html") { request, _ in
            try ReportFile.response(try await useCase { try await ReportFile.data(extension: "html", district: district, request: request) }, extension: "html")
        }
        coordinator.get("audit") { request, context in
            let view = AuditView(
                log: try useCase { try district.auditLog() }, user: try context.requireIdentity(), csrf: Self.csrf(context), words: ConsoleWords.of(request))
            return try pages.html("audit", view).response(from: request, context: context)
        }
    }

    /// Decodes the form, makes the change as the logged-in user from the page's revision, and
    /// shows the area again with what the change warns of; a stale page gets the conflict page.
    private func change(
        _ request: Request, _ context: WebContext, _ work: (AreaID, StaffEdit, ChangeForm) throws -> [String]
    ) async throws -> Response {
        let area = try Self.area(context)
        var request = request
        let body = try await request.collectBody(upTo: context.maxUploadSize)
        guard let form = try? URLEncodedFormDecoder().decode(ChangeForm.self, from: String(buffer: body)) else {
            throw UseCaseError(status: .badRequest, message: "unreadable form")
        }
        guard let seen = form.revision.flatMap(AreaRevision.init(token:)) else {
            throw UseCaseError(status: .badRequest, message: "the form carries no revision of the area; reload the page")
        }
        let edit = StaffEdit(user: try context.requireIdentity().id, seen: seen)
        do {
            let notices = try work(area, edit, form)
            return try areaPage(area, request, context, notices: notices)
        } catch DistrictError.changedMeanwhile(let area, let seen, let now) {
            return try pages.html("conflict", ConflictView(area: area, seen: seen, now: now, names: try names(), words: ConsoleWords.of(request)), status: .conflict)
                .response(from: request, context: context)
        } catch let error as any HTTPResponseError {
            throw error
        } catch {
            throw UseCaseError(error)
        }
    }

    private func areaPage(_ area: AreaID, _ request: Request, _ context: WebContext, notices: [String] = []) throws -> Response {
        let (listed, walk, choices, revision) = try useCase {
            (try district.areas().areas.first { $0.id == area }, try district.areaWalk(area), try district.assignmentChoices(area: area), try district.areaRevision(area))
        }
        guard let listed else { throw UseCaseError(DistrictError.noArea(area)) }
        let view = ConsoleAreaView(
            area: listed, walk: walk, choices: choices, revision: revision, names: try names(), user: try context.requireIdentity(), csrf: Self.csrf(context),
            notices: notices, console: ConsoleWords.of(request))
        return try pages.html("console-area", view).response(from: request, context: context)
    }

    /// Volunteers' names by id: the coordinator's role sees them (no contact details).
    private func names() throws -> [VolunteerID: String] {
        Dictionary(uniqueKeysWithValues: try useCase { try district.volunteers() }.map { ($0.id, $0.name) })
    }

    static func area(_ context: WebContext) throws -> AreaID {
        guard let number = Int64(try context.parameters.require("area")) else { throw UseCaseError(DistrictError.noArea(AreaID(rawValue: 0))) }
        return AreaID(rawValue: number)
    }

    static func csrf(_ context: WebContext) -> String { context.sessions.session?.csrf ?? "" }
}
