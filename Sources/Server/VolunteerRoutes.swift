import Foundation
import HTTPTypes
import Hummingbird
import Planner
import Store
import UtdelningKit
import Vocabulary

/// The volunteer's door: `/v/<token>` and the areas under it. Each handler asks the gate,
/// calls a use case of the district (the same as the command line's) and presents its values.
struct VolunteerRoutes: Sendable {
    let district: District
    let gate: LinkGate
    let pages: Pages
    let ticks: TickBatcher

    func addRoutes(to router: Router<some RequestContext>) {
        router.get("/v/{token}") { request, context in try self.start(request, context) }
        router.get("/v/{token}/areas/{area}") { request, context in
            let (access, area) = try gate.area(context.parameters.require("token"), context.parameters.require("area"))
            // The page needs no lines: those come with map.json.
            guard let walk = try useCase({ try district.areaWalks([area]) }).first else { throw LinkGate.notFound }
            let base = Self.base(context)
            let view = AreaView(
                walk: walk, base: base, back: access.areas.count > 1 || Self.isVolunteer(access) ? base : nil,
                chosen: request.uri.queryParameters.get("stop", as: Int.self), contact: LinkGate.contact(access),
                words: PhoneWords.of(PhoneWords.language(of: request)), tiles: pages.tiles)
            return pages.html("area", view)
        }
        router.get("/v/{token}/areas/{area}/map.json") { request, context in
            let (_, area) = try gate.area(context.parameters.require("token"), context.parameters.require("area"))
            return try JSONAnswer(useCase { try AreaMapData(walk: district.areaWalk(area)) }).response(from: request, context: context)
        }
        router.get("/v/{token}/areas/{area}/sheet.pdf") { _, context in
            let (_, area) = try gate.area(context.parameters.require("token"), context.parameters.require("area"))
            return SheetFile.response(try await useCase { try await SheetFile.pdf(of: area, district: district) }, area: area)
        }
        router.post("/v/{token}/areas/{area}/report") { request, context in
            // The link is checked in the transaction that writes the tick (TickBatcher), not before.
            let area = try gate.areaID(context.parameters.require("token"), context.parameters.require("area"))
            let form = try await TickForm.decode(request, context)
            let tick = try useCase { try form.tick(link: context.parameters.require("token"), area: area) }
            let report = try await gate.admitted { try await ticks.record(tick) }
            // The page's script sends from its queue and wants only the answer.
            if request.headers[.accept]?.contains("application/json") == true {
                return try JSONAnswer(report).response(from: request, context: context)
            }
            // Back to the top of the area: progress, then the next stop with no report, by itself.
            return Response(status: .seeOther, headers: [.location: "\(Self.base(context))/areas/\(area)"])
        }
        router.get("/v/{token}/offline.json") { request, context in
            let access = try gate.access(context.parameters.require("token"))
            let copy = OfflineCopy(base: Self.base(context), areas: access.areas, startsAtArea: Self.startArea(access))
            return try JSONAnswer(copy).response(from: request, context: context)
        }
        router.get("/v/{token}/sw.js") { _, context in
            _ = try gate.access(context.parameters.require("token"))
            var response = StaticFiles.file(ServiceWorker.script, type: "text/javascript; charset=utf-8")
            // The worker keeps this link's pages, the start page `/v/<token>` included, which
            // lies just outside the worker's own folder.
            if let allowed = HTTPField.Name("Service-Worker-Allowed") { response.headers[allowed] = Self.base(context) }
            response.headers[.cacheControl] = "no-cache"
            return response
        }
    }

    /// A volunteer's link lists their areas; an area's link opens its area.
    private func start(_ request: Request, _ context: some RequestContext) throws -> Response {
        let token = try context.parameters.require("token")
        let access = try gate.access(token)
        if let area = Self.startArea(access) {
            return Response(status: .seeOther, headers: [.location: "/v/\(token)/areas/\(area)"])
        }
        let walks = try useCase { try district.areaWalks(access.areas) }
        let words = PhoneWords.of(PhoneWords.language(of: request))
        return try pages.html("volunteer", VolunteerView(walks: walks, base: "/v/\(token)", contact: LinkGate.contact(access), words: words))
            .response(from: request, context: context)
    }

    /// Where an area's link starts: its area (a volunteer's link starts at the list).
    static func startArea(_ access: LinkAccess) -> AreaID? {
        isVolunteer(access) ? nil : access.areas.first
    }

    static func isVolunteer(_ access: LinkAccess) -> Bool {
        if case .volunteer = access.scope { return true }
        return false
    }

    /// `/v/<token>`, the link's own prefix.
    static func base(_ context: some RequestContext) -> String {
        "/v/\(context.parameters.get("token") ?? "")"
    }
}
