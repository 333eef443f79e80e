import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import Vocabulary

@testable import Server
@testable import UtdelningKit

/// What the console said only in Swedish: what a change warns of, the conflict page, the
/// automatic run's report, ids, the log-in and refusal pages, and the map's button. In English
/// when asked, and the Swedish default as it was.
@Suite(.serialized)
struct ConsoleLanguageTests {
    static func page(_ staff: inout StaffClient, _ uri: String) async throws -> String {
        String(buffer: try await staff.send(.get, uri).body)
    }

    /// Posts one of the area page's forms with the revision the page shows now.
    static func change(_ staff: inout StaffClient, _ area: AreaID, _ action: String, _ extra: [String: String] = [:]) async throws -> TestResponse {
        let revision = try #require(StaffClient.hidden("revision", in: try await page(&staff, "/coordinator/areas/\(area)")))
        return try await staff.send(.post, "/coordinator/areas/\(area)/\(action)", form: ["csrf": staff.csrf ?? "", "revision": revision].merging(extra) { a, _ in a })
    }

    @Test func anAreasChangesConflictsAndMapSpeakEnglish() async throws {
        let d = try PlannedDistrict()
        try StaffClient.addUsers(d.district)
        let bo = try ConsoleTests.volunteer("Bo", d), anna = try ConsoleTests.volunteer("Anna", d)
        let walk = try d.district.areaWalk(d.anna.area)
        try await WebServer.application(district: d.district).test(.router) { client in
            var staff = try await ConsoleTests.coordinator(client)
            let area = try await Self.page(&staff, "/coordinator/areas/\(d.anna.area)?lang=en")
            #expect(area.contains("Anna (no. \(anna))") && area.contains("Bo (no. \(bo)") && !area.contains("(nr "))
            #expect(area.contains("data-where-am-i=\"Where am I?\" data-no-position=\"No position\""))

            let recorded = String(buffer: try await Self.change(&staff, d.anna.area, "deliver", ["version": "\(walk.version)", "stops[]": "1"]).body)
            #expect(recorded.contains("Sheet recorded (version \(walk.version)): 1 new, 0 already recorded.") && !recorded.contains("stopp nya"))

            // Bo may take one area: given Anna's too, he is told of in English.
            let person = try await Self.page(&staff, "/coordinator/volunteers/\(bo)")
            #expect(person.contains("<span class=\"id\">no. \(bo)</span>"))
            let revision = try #require(StaffClient.hidden("revision", in: person))
            _ = try await staff.send(.post, "/coordinator/volunteers/\(bo)", form: ["csrf": staff.csrf ?? "", "revision": revision, "capacity": "1", "unit": "areas"])
            let warned = String(buffer: try await Self.change(&staff, d.anna.area, "assign", ["volunteer": bo.description]).body)
            #expect(warned.contains("Bo now holds 2 areas but can take 1.") && !warned.contains("orkar"))

            // A form from before the area was locked: the conflict page in English.
            let stale = try #require(StaffClient.hidden("revision", in: try await Self.page(&staff, "/coordinator/areas/\(d.anna.area)")))
            #expect(try await Self.change(&staff, d.anna.area, "lock").status == .ok)
            let told = try await staff.send(.post, "/coordinator/areas/\(d.anna.area)/unassign", form: ["csrf": staff.csrf ?? "", "revision": stale])
            let conflict = String(buffer: told.body)
            #expect(told.status == .conflict && conflict.contains("<html lang=\"en\">") && conflict.contains("<title>The area has changed</title>"))
            #expect(conflict.contains("<h1>Someone else got there first</h1>") && conflict.contains("The area was changed after you opened the page."))
            #expect(conflict.contains("<li>The area has been locked.</li>") && conflict.contains(">Reload the area</a>"))
            #expect(!conflict.contains("Området") && !conflict.contains("Någon annan"))
        }
    }

    @Test func aVolunteersConflictSpeaksEnglish() async throws {
        let d = try PlannedDistrict()
        try StaffClient.addUsers(d.district)
        let bo = try ConsoleTests.volunteer("Bo", d)
        try await WebServer.application(district: d.district).test(.router) { client in
            var staff = try await ConsoleTests.coordinator(client)
            let stale = try #require(StaffClient.hidden("revision", in: try await Self.page(&staff, "/coordinator/volunteers/\(bo)?lang=en")))
            _ = try await staff.send(.post, "/coordinator/volunteers/\(bo)", form: ["csrf": staff.csrf ?? "", "revision": stale, "capacity": "4"])
            let told = try await staff.send(.post, "/coordinator/volunteers/\(bo)", form: ["csrf": staff.csrf ?? "", "revision": stale, "capacity": "1", "mode": "car"])
            let page = String(buffer: told.body)
            #expect(told.status == .conflict && page.contains("Someone else got there first") && page.contains("Capacity: you saw 2 areas, now 4 areas."))
            #expect(page.contains(">Reload the volunteer</a>") && !page.contains("du såg"))
        }
    }

    @Test func theAutomaticRunsReportAndIdsSpeakEnglish() async throws {
        let d = try PlannedDistrict(config: StaffClient.httpsConfig())
        try StaffClient.addUsers(d.district)
        try await WebServer.application(district: d.district).test(.router) { client in
            var staff = try await ConsoleTests.coordinator(client)
            _ = try await Self.page(&staff, "/coordinator/areas?lang=en")
            let run = String(buffer: try await staff.send(.post, "/coordinator/assign", form: ["csrf": staff.csrf ?? "", "association": ""]).body)
            #expect(run.contains("<title>Automatic assignment</title>") && run.contains("<h1>Automatic assignment</h1>"))
            #expect(run.contains("2 areas assigned now, ") && run.contains("still without a volunteer.") && run.contains("Anna (no. "))
            #expect(run.contains("holds 2 of 2") && run.contains(">Back to the areas</a>"))
            for swedish in ["Automatisk", "tilldelade nu", "har 2 av 2", "Till områdena", "inga nya", "(nr "] { #expect(!run.contains(swedish), "\(swedish)") }

            let volunteers = try await Self.page(&staff, "/coordinator/volunteers")
            #expect(volunteers.contains("active (no. ") && volunteers.contains("<span class=\"id\">no. ") && !volunteers.contains("nr "))
            #expect(try await Self.page(&staff, "/coordinator/areas").contains("Anna (no. "))
            let links = try await Self.page(&staff, "/coordinator")
            #expect(links.contains("no. ") && !links.contains(">nr "))
            let bo = try ConsoleTests.volunteer("Bo", d)
            #expect(try await staff.post("/coordinator/volunteers/\(bo)/renew").status == .ok)
            let audit = try await Self.page(&staff, "/coordinator/audit")
            #expect(audit.contains("automatic assignment") && audit.contains("no. \(bo)") && !audit.contains("nr "))
        }
    }

    @Test func theLogInAndRefusalPagesSpeakEnglishWhenAsked() async throws {
        let d = try PlannedDistrict()
        try StaffClient.addUsers(d.district)
        try await WebServer.application(district: d.district).test(.router) { client in
            var staff = StaffClient(client)
            let swedish = try await Self.page(&staff, "/login")
            #expect(swedish.contains("<html lang=\"sv\">") && swedish.contains("<h1>Logga in</h1>") && swedish.contains(">Lösenord<"))
            #expect(swedish.contains("<a href=\"?lang=en\" lang=\"en\">In English</a>"))
            let english = try await Self.page(&staff, "/login?lang=en")
            #expect(english.contains("<html lang=\"en\">") && english.contains("<title>Log in</title>") && english.contains("<h1>Log in</h1>"))
            #expect(english.contains(">Password<") && english.contains("Volunteers use their own link.") && english.contains("<a href=\"?lang=sv\" lang=\"sv\">På svenska</a>"))
            #expect(!english.contains("Lösenord") && !english.contains("Logga in"))
            let wrong = try await staff.send(.post, "/login", form: ["name": "Cecilia", "password": "fel", "csrf": staff.csrf ?? ""])
            #expect(wrong.status == .unauthorized && String(buffer: wrong.body).contains("Wrong name or password."))
            let stale = try await staff.send(.post, "/login", form: ["name": "Cecilia", "password": "fel", "csrf": "not-the-token"])
            #expect(stale.status == .forbidden && String(buffer: stale.body).contains("<h1>The form is no longer valid</h1>"))
            #expect(String(buffer: stale.body).contains(">To the log-in</a>") && !String(buffer: stale.body).contains("Formuläret"))

            var dag = StaffClient(client)
            try await dag.logIn("Dag")
            let refused = try await dag.send(.get, "/coordinator/audit?lang=en")
            let text = String(buffer: refused.body)
            #expect(refused.status == .forbidden && text.contains("<h1>Not allowed</h1>") && text.contains("Your role may not open this page."))
            #expect(!text.contains("behörighet"))
            let swedishRefusal = try await dag.send(.get, "/coordinator/audit?lang=sv")
            #expect(String(buffer: swedishRefusal.body).contains("<h1>Ingen behörighet</h1>"))
        }
    }

    /// The Swedish words as they were, where the router cannot easily reach (a round by bike, another association).
    @Test func warningsInBothLanguages() {
        let done = ManualAssignment(
            previous: nil,
            warnings: [
                .overCapacity(volunteer: VolunteerID(rawValue: 7), areas: 3, capacity: 2),
                .otherAssociation(area: AreaID(rawValue: 1), association: "Värmland", volunteer: VolunteerID(rawValue: 8), volunteerAssociation: "Skåne"),
                .mode(area: AreaID(rawValue: 1), mode: .bike, volunteer: VolunteerID(rawValue: 7)),
            ])
        let names = [VolunteerID(rawValue: 7): "Bo"]
        #expect(ConsoleAreaView.notices(done, names: names) == [
            "Bo har nu 3 områden men orkar 2.", "nr 8 hör till Skåne, området till Värmland.", "Området går med cykel, som Bo inte har angett.",
        ])
        #expect(ConsoleAreaView.notices(done, names: names, words: .english) == [
            "Bo now holds 3 areas but can take 2.", "no. 8 belongs to Skåne, the area to Värmland.", "The area's mode is bike, which Bo has not given.",
        ])
        let report = DeliveryReport(recorded: 2, repeated: 1, undone: 0, version: 4)
        #expect(ConsoleAreaView.notices(report) == ["Arket registrerat (version 4): 2 stopp nya, 1 redan registrerade."])
        #expect("{name} har {areas}".filled(["name": "{areas}", "areas": "2"]) == "{areas} har 2", "a name is never read as a hole")
    }

    @Test func theSwedishDefaultIsAsItWas() async throws {
        let d = try PlannedDistrict()
        try StaffClient.addUsers(d.district)
        try await WebServer.application(district: d.district).test(.router) { client in
            var staff = try await ConsoleTests.coordinator(client)
            let area = try await Self.page(&staff, "/coordinator/areas/\(d.anna.area)")
            #expect(area.contains("data-where-am-i=\"Var är jag?\"") && area.contains("Anna (nr "))
            let run = String(buffer: try await staff.send(.post, "/coordinator/assign", form: ["csrf": staff.csrf ?? "", "association": ""]).body)
            #expect(run.contains("<title>Automatisk tilldelning</title>") && run.contains("<h1>Automatisk tilldelning</h1>") && run.contains(">Till områdena</a>"))
            #expect(run.contains("områden tilldelade nu") && run.contains("har 2 av 2") && run.contains("Anna (nr "))
            let stale = try #require(StaffClient.hidden("revision", in: try await Self.page(&staff, "/coordinator/areas/\(d.anna.area)")))
            #expect(try await Self.change(&staff, d.anna.area, "lock").status == .ok)
            let told = String(buffer: try await staff.send(.post, "/coordinator/areas/\(d.anna.area)/unlock", form: ["csrf": staff.csrf ?? "", "revision": stale]).body)
            #expect(told.contains("<title>Området har ändrats</title>") && told.contains("<li>Området har låsts.</li>") && told.contains(">Ladda om området</a>"))
            #expect(told.contains("Området ändrades efter att du öppnade sidan. Din ändring är inte gjord."))
        }
    }
}
