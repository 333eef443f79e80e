import Foundation
import Households
import Hummingbird
import TextReports
import UtdelningKit
import Vocabulary

/// The console's data page: files uploaded and imported as the command line imports them, and
/// plans, each as a job in the district's one queue, each page following its job.
struct ConsoleDataRoutes {
    let district: District
    let pages: Pages
    let jobs: JobQueue
    let pending: PendingUploads
    let uploadFolder: URL

    /// The plan form's fields.
    struct PlanForm: Decodable {
        var association: String?
        var targetMinutes: String?
        var maxPapers: String?
        var mode: String?
        var includeRefused: String?
    }

    struct NameForm: Decodable {
        var nameProperty: String?
    }

    func addRoutes(coordinator: RouterGroup<WebContext>, uploads: RouterGroup<WebContext>) {
        coordinator.get("data") { request, context in
            let view = ConsoleDataView(
                jobs: jobs.all, planForm: try planForm(),
                user: try context.requireIdentity(), csrf: ConsoleRoutes.csrf(context), words: ConsoleWords.of(request))
            return try pages.html("console-data", view).response(from: request, context: context)
        }
        coordinator.get("jobs/{job}") { request, context in
            let job = try Self.job(context, in: jobs)
            // The associations are read only for a page that offers the plan form.
            let view = ConsoleJobView(
                job, planForm: ConsoleJobView.offersPlan(job) ? try planForm() : nil, user: try context.requireIdentity(),
                csrf: ConsoleRoutes.csrf(context), words: ConsoleWords.of(request))
            return try pages.html("console-job", view).response(from: request, context: context)
        }
        // With ?since=VERSION, answered when the job has changed after it (at most 10 s later).
        coordinator.get("jobs/{job}/progress.json") { request, context in
            var job = try Self.job(context, in: jobs)
            if let since = request.uri.queryParameters.get("since").flatMap(Int.init) {
                job = await jobs.job(job.id, changedSince: since, waitingAtMost: .seconds(10)) ?? job
            }
            return try JSONAnswer(ConsoleJobView.progress(job, words: ConsoleWords.of(request))).response(from: request, context: context)
        }
        uploads.post("{kind}") { request, context in
            guard let kind = ConsoleJob.Kind(rawValue: try context.parameters.require("kind")), kind != .plan else {
                throw UseCaseError(status: .notFound, message: "no such upload")
            }
            guard let session = context.sessions.session else { throw UseCaseError(status: .forbidden, message: "log in again") }
            let upload = try await UploadReceiver.receive(request, expectedToken: session.csrf, into: uploadFolder)
            let user = try context.requireIdentity()
            if kind == .boundaries {
                // The page's script asks the question in place; the plain form gets a page for it.
                guard Self.wantsJSON(request) else { return Self.seeOther("/coordinator/boundaries/\(pending.keep(upload))") }
                let (features, choices) = try nameChoices(upload, discardingOnError: true)
                let token = pending.keep(upload)
                let question = BoundaryNameView(
                    token: token, fileName: upload.fileName, features: features, choices: choices, user: user, csrf: "",
                    words: ConsoleWords.of(request)).question
                return try JSONAnswer(Onward(next: question.action, choose: question)).response(from: request, context: context)
            }
            let id = start(kind, upload: upload, by: user.name) { progress in try importing(kind, upload, progress) }
            return try Self.onward(toJob: id, request, context)
        }
        coordinator.get("boundaries/{token}") { request, context in
            let words = ConsoleWords.of(request)
            guard let upload = pending.peek(try context.parameters.require("token")) else {
                throw UseCaseError(status: .notFound, message: words.data.uploadExpired)
            }
            let (features, choices) = try nameChoices(upload, discardingOnError: false)
            let view = BoundaryNameView(
                token: try context.parameters.require("token"), fileName: upload.fileName, features: features, choices: choices,
                user: try context.requireIdentity(), csrf: ConsoleRoutes.csrf(context), words: words)
            return try pages.html("console-boundary-name", view).response(from: request, context: context)
        }
        coordinator.post("boundaries/{token}") { request, context in
            let form: NameForm = try await Self.form(request, context)
            guard let property = form.nameProperty, !property.isEmpty else { throw UseCaseError(status: .badRequest, message: "choose a property") }
            guard let upload = pending.take(try context.parameters.require("token")) else {
                throw UseCaseError(status: .notFound, message: ConsoleWords.of(request).data.uploadExpired)
            }
            let id = start(.boundaries, upload: upload, by: try context.requireIdentity().name) { _ in
                let (report, refresh) = try district.importBoundaries(path: upload.path, nameProperty: property)
                return ReportText.boundaries(report) + "\n" + ReportText.refresh(refresh)
            }
            return try Self.onward(toJob: id, request, context)
        }
        coordinator.post("plan") { request, context in
            let form: PlanForm = try await Self.form(request, context)
            let asked = try PlanRequest(form)
            let words = ConsoleWords.of(request).data
            let title = asked.association ?? words.allAssociations
            let district = self.district
            let id = jobs.start(.plan, title: title, startedBy: try context.requireIdentity().name) { progress in
                let report = try district.plan(
                    association: asked.association, targetMinutes: asked.targetMinutes, maxPapers: asked.maxPapers, mode: asked.mode,
                    progress: progress.planStep)
                progress.planned(PlanSummaryFigures(report, outside: try district.householdSummary().outside))
                return ReportText.plan(report, forced: false)
            }
            return try Self.onward(toJob: id, request, context)
        }
    }

    /// The properties a boundary file could name its associations by. A file that cannot be
    /// read is refused in one line; asked at the upload, it goes at once (nothing waits on it).
    private func nameChoices(_ upload: Upload, discardingOnError: Bool) throws -> (features: Int, choices: [BoundaryNameChoice]) {
        try useCase {
            do { return try BoundaryFile.nameChoices(path: upload.path) } catch {
                if discardingOnError { upload.discard() }
                throw Self.shown(error, upload)
            }
        }
    }

    private func planForm() throws -> PlanFormView {
        PlanFormView(associations: try useCase { try district.associationNamesIfImported() }, config: district.config)
    }

    /// The import an upload stands for, by the command line's use case and in its words.
    private func importing(_ kind: ConsoleJob.Kind, _ upload: Upload, _ progress: JobProgress) throws -> String {
        switch kind {
        case .osm:
            let (report, refresh) = try district.importOSM(path: upload.path, progress: progress.importStep)
            progress.objectsRead(report.nodes + report.ways + report.relations)
            return ReportText.osm(report) + "\n" + ReportText.refresh(refresh)
        case .register:
            progress.phase(.writing)
            let (report, refresh) = try district.importRegister(path: upload.path)
            return ReportText.register(report) + "\n" + ReportText.refresh(refresh)
        case .volunteers:
            progress.phase(.writing)
            return ReportText.volunteers(try district.importVolunteers(path: upload.path), file: upload.fileName)
        case .returnedSheets:
            progress.phase(.writing)
            return ReportText.returnedSheets(try district.importDeliveries(path: upload.path), file: upload.fileName)
        case .boundaries, .plan:
            throw UseCaseError(status: .notFound, message: "no such upload")
        }
    }

    /// Queues an upload's import; the file goes when the job ends, and an error names the
    /// file as the coordinator knows it, not its temporary place.
    private func start(_ kind: ConsoleJob.Kind, upload: Upload, by user: String, _ work: @escaping @Sendable (JobProgress) throws -> String) -> Int {
        jobs.start(kind, title: upload.fileName, startedBy: user) { progress in
            defer { upload.discard() }
            do { return try work(progress) } catch { throw Self.shown(error, upload) }
        }
    }

    /// The error as the command line would print it for the file by its own name.
    static func shown(_ error: any Error, _ upload: Upload) -> any Error {
        let said = error as? UseCaseError ?? UseCaseError(error)
        return UseCaseError(status: said.status, message: said.message.replacingOccurrences(of: upload.path, with: upload.fileName))
    }

    /// What the page's script is told after an upload or a choice: where the plain form would
    /// go, the job's progress to follow there, or the boundary file's question to ask.
    struct Onward: Codable {
        var next: String
        var progress: String?
        var choose: BoundaryNameView.Question?
    }

    /// Where a started job leads: a redirect for the plain form; for the page's script, which
    /// asks for JSON, the addresses alone, so it follows the job in place (a request that
    /// followed the redirect would have the next page drawn for nothing).
    static func onward(toJob id: Int, _ request: Request, _ context: WebContext) throws -> Response {
        let page = "/coordinator/jobs/\(id)"
        guard wantsJSON(request) else { return seeOther(page) }
        return try JSONAnswer(Onward(next: page, progress: page + "/progress.json")).response(from: request, context: context)
    }

    static func wantsJSON(_ request: Request) -> Bool {
        request.headers[.accept]?.contains("application/json") == true
    }

    static func seeOther(_ url: String) -> Response {
        Response(status: .seeOther, headers: [.location: url])
    }

    static func job(_ context: WebContext, in jobs: JobQueue) throws -> ConsoleJob {
        guard let id = Int(try context.parameters.require("job")), let job = jobs.job(id) else {
            throw UseCaseError(status: .notFound, message: "no such job")
        }
        return job
    }

    static func form<Form: Decodable>(_ request: Request, _ context: WebContext) async throws -> Form {
        var request = request
        let body = try await request.collectBody(upTo: context.maxUploadSize)
        do { return try URLEncodedFormDecoder().decode(Form.self, from: String(buffer: body)) } catch {
            throw UseCaseError(status: .badRequest, message: "unreadable form")
        }
    }
}
