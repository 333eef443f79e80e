import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import Testing
import UtdelningKit
import Vocabulary

@testable import Server

/// The coordinator's volunteers, in process against a real planned district: the table, a
/// person's edit (bad values, two coordinators at once), forgetting a person, the board's
/// report, the map by volunteer, and the console in English.
@Suite(.serialized)
struct ConsoleVolunteersTests {
    static func page(_ staff: inout StaffClient, _ uri: String) async throws -> String {
        String(buffer: try await staff.send(.get, uri).body)
    }

    @Test func theTableShowsCapacityModeAreasAndLinkWithNamesOnly() async throws {
        let d = try PlannedDistrict(config: StaffClient.httpsConfig())
        try StaffClient.addUsers(d.district)
        let bo = try ConsoleTests.volunteer("Bo", d)
        let boLink = try #require(d.listing.links.first { $0.name == "Bo" })
        try d.district.revokeLink(id: boLink.id)
        try await WebServer.application(district: d.district).test(.router) { client in
            var cecilia = try await ConsoleTests.coordinator(client)
            let page = try await Self.page(&cecilia, "/coordinator/volunteers")
            #expect(page.contains("<a href=\"/coordinator/volunteers/\(bo)\">Bo</a>") && page.contains(">Anna</a>"))
            #expect(page.contains("2 områden") && page.contains("till fots"))
            #expect(page.contains("<a href=\"/coordinator/areas/\(d.anna.area)\">\(d.anna.area)</a>"))
            #expect(page.contains("aktiv (nr") && page.contains("återkallad (nr \(boLink.id))"))
            #expect(page.contains("/coordinator/volunteers/\(bo)/renew?from=volunteers"))
            // Names, never contact details, in the table; a person's own page shows them.
            for contact in PlannedDistrict.personalData.dropFirst() { #expect(!page.contains(contact)) }
            let own = try await Self.page(&cecilia, "/coordinator/volunteers/\(bo)")
            #expect(own.contains("bo.lind@example.org") && !own.contains("anna.ek@example.org"))
            // "Ny länk" from the table renews through the links' use case and shows the link there, once.
            let renewed = try await cecilia.post("/coordinator/volunteers/\(bo)/renew?from=volunteers")
            let shown = String(buffer: renewed.body)
            #expect(renewed.status == .ok && shown.contains("<h1>Volontärer</h1>") && shown.contains("id=\"newlink\"") && shown.contains("value=\"\(PlannedDistrict.publicURL)/v/"))
            #expect(try await cecilia.send(.get, "/coordinator/volunteers/999999").status == .notFound)
        }
    }

    @Test func anEditIsTheCLIsUseCaseCheckedAndAudited() async throws {
        let d = try PlannedDistrict()
        try StaffClient.addUsers(d.district)
        let anna = try ConsoleTests.volunteer("Anna", d)
        try await WebServer.application(district: d.district).test(.router) { client in
            var staff = try await ConsoleTests.coordinator(client)
            func post(_ form: [String: String]) async throws -> TestResponse {
                let page = try await Self.page(&staff, "/coordinator/volunteers/\(anna)")
                let revision = try #require(StaffClient.hidden("revision", in: page))
                return try await staff.send(.post, "/coordinator/volunteers/\(anna)", form: ["csrf": staff.csrf ?? "", "revision": revision].merging(form) { a, _ in a })
            }
            // Bad values: 400 with the reason on the page, nothing changed, nothing logged.
            for bad in [["capacity": "-1"], ["capacity": "tre"], ["capacity": "500"], ["capacity": "2", "unit": "hours", "mode": "plane"], ["association": "Ingenstans"]] {
                let refused = try await post(bad)
                #expect(refused.status == .badRequest, "\(bad)")
                #expect(String(buffer: refused.body).contains("class=\"error\""), "\(bad)")
            }
            #expect(try await staff.send(.post, "/coordinator/volunteers/\(anna)", form: ["csrf": staff.csrf ?? "", "capacity": "3"]).status == .badRequest)
            #expect(try d.district.volunteer(anna).capacityAreas == 2 && d.district.volunteer(anna).mode == .walk)
            #expect(try ConsoleTests.audit(d).isEmpty)

            let done = try await post(["capacity": "3", "unit": "areas", "mode": "bike", "association": "Värmland"])
            #expect(done.status == .seeOther && done.headers[.location] == "/coordinator/volunteers/\(anna)?saved=1")
            #expect(try await Self.page(&staff, "/coordinator/volunteers/\(anna)?saved=1").contains("Sparat."))
            let hours = try await post(["capacity": "7,5", "unit": "hours"])
            #expect(hours.status == .seeOther)
        }
        let v = try d.district.volunteer(anna)
        #expect(v.capacityAreas == nil && v.capacityHours == 7.5 && v.mode == .bike && v.association == "Värmland")
        let rows = try ConsoleTests.audit(d)
        #expect(rows.map { $0["action"] as String } == ["edit-volunteer", "edit-volunteer"])
        #expect(rows.allSatisfy { ($0["volunteerId"] as Int64?) == anna.rawValue })
        let dump = try ConsoleTests.auditText(d)
        for personal in PlannedDistrict.personalData { #expect(!dump.contains(personal)) }
    }

    @Test func twoCoordinatorsEditOnePersonAndTheSecondIsTold() async throws {
        let d = try PlannedDistrict()
        try StaffClient.addUsers(d.district)
        _ = try d.district.addUser(name: "Erik", role: .coordinator, password: StaffClient.password, cost: StaffClient.cost)
        let bo = try ConsoleTests.volunteer("Bo", d)
        try await WebServer.application(district: d.district).test(.router) { client in
            var cecilia = try await ConsoleTests.coordinator(client)
            var erik = try await ConsoleTests.coordinator(client, "Erik")
            let first = try #require(StaffClient.hidden("revision", in: try await Self.page(&cecilia, "/coordinator/volunteers/\(bo)")))
            let second = try #require(StaffClient.hidden("revision", in: try await Self.page(&erik, "/coordinator/volunteers/\(bo)")))
            #expect(first == second)
            let done = try await cecilia.send(.post, "/coordinator/volunteers/\(bo)", form: ["csrf": cecilia.csrf ?? "", "revision": first, "capacity": "4"])
            #expect(done.status == .seeOther)
            let told = try await erik.send(.post, "/coordinator/volunteers/\(bo)", form: ["csrf": erik.csrf ?? "", "revision": second, "capacity": "1", "mode": "car"])
            #expect(told.status == .conflict)
            let page = String(buffer: told.body)
            #expect(page.contains("Någon annan hann före") && page.contains("Kapacitet: du såg 2 områden, nu 4 områden."))
            #expect(page.contains("href=\"/coordinator/volunteers/\(bo)\""))
        }
        #expect(try d.district.volunteer(bo).capacityAreas == 4 && d.district.volunteer(bo).mode == .walk, "Erik's edit was not made")
        #expect(try ConsoleTests.audit(d).map { $0["action"] as String } == ["edit-volunteer"])
    }

    @Test func forgettingAsksFirstThenErasesAsTheCLIDoes() async throws {
        let d = try PlannedDistrict()
        try StaffClient.addUsers(d.district)
        let anna = try ConsoleTests.volunteer("Anna", d)
        try await WebServer.application(district: d.district).test(.router) { client in
            var staff = try await ConsoleTests.coordinator(client)
            #expect(try await Self.page(&staff, "/coordinator/volunteers/\(anna)").contains("href=\"/coordinator/volunteers/\(anna)/forget\""))
            let ask = try await Self.page(&staff, "/coordinator/volunteers/\(anna)/forget")
            #expect(ask.contains("Glömma volontären?") && ask.contains("<strong>Anna</strong>") && ask.contains("name=\"confirm\" value=\"yes\""))
            // A post without the page's confirmation changes nothing.
            #expect(try await staff.post("/coordinator/volunteers/\(anna)/forget").status == .badRequest)
            #expect(try d.district.volunteers().contains { $0.id == anna })
            let done = try await staff.send(.post, "/coordinator/volunteers/\(anna)/forget", form: ["csrf": staff.csrf ?? "", "confirm": "yes"])
            #expect(done.status == .seeOther && done.headers[.location] == "/coordinator/volunteers?forgotten=1")
            let list = try await Self.page(&staff, "/coordinator/volunteers?forgotten=1")
            #expect(list.contains("Volontären är glömd.") && !list.contains("Anna"))
            #expect(try await staff.send(.get, "/coordinator/volunteers/\(anna)").status == .notFound)
            let again = try await staff.send(.post, "/coordinator/volunteers/\(anna)/forget", form: ["csrf": staff.csrf ?? "", "confirm": "yes"])
            #expect(again.status == .notFound)
        }
        #expect(try d.district.areas().areas.first { $0.id == d.anna.area }?.volunteer == nil, "her area is free")
        let file = try Data(contentsOf: URL(fileURLWithPath: d.district.databasePath))
        #expect(file.range(of: Data("anna.ek@example.org".utf8)) == nil, "no trace in the file")
        #expect(try ConsoleTests.audit(d).map { $0["action"] as String } == ["forget-volunteer"])
        #expect(try ConsoleTests.audit(d).first?["volunteerId"] as Int64? == anna.rawValue)
    }

    @Test func theBoardsReportAsPDFAndHTML() async throws {
        let d = try PlannedDistrict()
        try StaffClient.addUsers(d.district)
        try await WebServer.application(district: d.district).test(.router) { client in
            var staff = try await ConsoleTests.coordinator(client)
            let areas = try await Self.page(&staff, "/coordinator/areas")
            #expect(areas.contains("href=\"/coordinator/report.pdf\"") && areas.contains("href=\"/coordinator/report.html\""))
            let pdf = try await staff.send(.get, "/coordinator/report.pdf")
            #expect(pdf.status == .ok && pdf.headers[.contentType] == "application/pdf" && String(buffer: pdf.body).hasPrefix("%PDF"))
            let html = try await staff.send(.get, "/coordinator/report.html")
            let text = String(buffer: html.body)
            #expect(html.status == .ok && text.hasPrefix("<!DOCTYPE html>") && text.contains("<svg"))
            #expect(html.headers[.contentSecurityPolicy]?.contains("script") == false)
            // The board's report names no volunteer.
            for personal in PlannedDistrict.personalData { #expect(!text.contains(personal), "\(personal)") }
        }
    }

    @Test func theMapColoursAreasByVolunteerWithStableColours() async throws {
        let d = try PlannedDistrict()
        try StaffClient.addUsers(d.district)
        let anna = try ConsoleTests.volunteer("Anna", d)
        try await WebServer.application(district: d.district).test(.router) { client in
            var staff = try await ConsoleTests.coordinator(client)
            let page = try await Self.page(&staff, "/coordinator/areas")
            #expect(page.contains("<option value=\"volunteer\">volontär</option>"))
            let colour = ConsoleAreasView.colour(of: anna)
            #expect(page.contains("<li data-areas=\"\(d.anna.area)\"><span class=\"swatch volunteer-\(anna)\" data-fill=\"\(colour)\"></span>Anna (nr \(anna))</li>"))
            #expect(page.contains("<span class=\"swatch volunteer-none\"></span>Ingen volontär"))
            #expect(try await Self.page(&staff, "/coordinator/areas").contains("data-fill=\"\(colour)\""), "the same colour on the next load")
        }
        #expect(ConsoleAreasView.colour(of: VolunteerID(rawValue: 1)) != ConsoleAreasView.colour(of: VolunteerID(rawValue: 2)))
    }

    @Test func theConsoleSpeaksEnglishWhenAskedAndKeepsIt() async throws {
        let d = try PlannedDistrict()
        try StaffClient.addUsers(d.district)
        try await WebServer.application(district: d.district).test(.router) { client in
            var staff = try await ConsoleTests.coordinator(client)
            let english = try await Self.page(&staff, "/coordinator/volunteers?lang=en")
            #expect(english.contains("<html lang=\"en\">") && english.contains("<h1>Volunteers</h1>") && english.contains("Capacity") && english.contains("2 areas"))
            #expect(english.contains("Logged in: Cecilia") && english.contains("På svenska"))
            #expect(staff.cookies[PhoneWords.cookie] == "en")
            let areas = try await Self.page(&staff, "/coordinator/areas")
            #expect(areas.contains("Colour by") && areas.contains("No volunteer") && areas.contains("Households ▲") == false)
            #expect(areas.contains(">Households</a>") && areas.contains("Assigned") && areas.contains("within tolerance") && !areas.contains("Tilldelat"))
            #expect(try await Self.page(&staff, "/coordinator/printrun").contains("<h1>Print run</h1>"))
            #expect(try await Self.page(&staff, "/coordinator/audit").contains("No changes made by hand yet."))
            #expect(try await Self.page(&staff, "/coordinator").contains("<h1>Volunteers and links</h1>"))
            let area = try await Self.page(&staff, "/coordinator/areas/\(d.anna.area)")
            #expect(area.contains("<h1>Area \(d.anna.area) · ") && area.contains("Returned sheet") && area.contains("Lock the area") && area.contains("0 of "))
            let swedish = try await Self.page(&staff, "/coordinator/volunteers?lang=sv")
            #expect(swedish.contains("<html lang=\"sv\">") && swedish.contains("<h1>Volontärer</h1>"))
        }
    }
}
