import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import Testing
import UtdelningKit
import Vocabulary

@testable import Server

/// The coordinator's console for areas, in process against a real planned district: the
/// table and map, an area's page, its changes by hand, the audit log, and two coordinators
/// changing the same area.
@Suite(.serialized)
struct ConsoleTests {
    static func coordinator(_ client: any TestClientProtocol, _ name: String = "Cecilia") async throws -> StaffClient {
        var staff = StaffClient(client)
        try await staff.logIn(name)
        return staff
    }

    static func audit(_ d: PlannedDistrict) throws -> [Row] {
        try DatabaseQueue(path: d.district.databasePath).read { db in
            try Row.fetchAll(db, sql: "SELECT staffUserId, action, areaId, volunteerId, linkId FROM audit ORDER BY id")
        }
    }

    /// Every audit row's columns run together, to search for what must not be there.
    static func auditText(_ d: PlannedDistrict) throws -> String {
        try DatabaseQueue(path: d.district.databasePath).read { db in
            try String.fetchAll(db, sql: "SELECT at || staffUserId || action || coalesce(areaId,'') || coalesce(volunteerId,'') || coalesce(linkId,'') FROM audit")
        }.joined(separator: "\n")
    }

    static func volunteer(_ name: String, _ d: PlannedDistrict) throws -> VolunteerID {
        try #require(try d.district.volunteers().first { $0.name == name }).id
    }

    @Test func theAreasTableListsEveryAreaSortedAndFiltered() async throws {
        let d = try PlannedDistrict()
        try StaffClient.addUsers(d.district)
        let areas = try d.district.areas().areas
        try await WebServer.application(district: d.district).test(.router) { client in
            var cecilia = try await Self.coordinator(client)
            let page = String(buffer: try await cecilia.send(.get, "/coordinator/areas").body)
            for area in areas { #expect(page.contains("<a href=\"/coordinator/areas/\(area.id)\">\(area.id)</a>")) }
            #expect(page.contains("data-src=\"/board/map.json\"") && page.contains("Anna (nr"))
            #expect(!page.contains("anna.ek@example.org"))
            // Sorted by households, most first: the first row is the largest area.
            let sorted = String(buffer: try await cecilia.send(.get, "/coordinator/areas?sort=households&order=desc").body)
            let largest = try #require(areas.max { ($0.households, $0.id) < ($1.households, $1.id) })
            let body = sorted[try #require(sorted.range(of: "<tbody>")).upperBound...]
            let firstLink = try #require(body.range(of: "<a href=\"/coordinator/areas/"))
            #expect(body[firstLink.upperBound...].hasPrefix("\(largest.id)\""))
            #expect(sorted.contains("Hushåll ▼"))
            // The map's second colouring: each area's balance comes with its line.
            let map = String(buffer: try await cecilia.send(.get, "/board/map.json").body)
            for area in areas { #expect(map.contains("\"balance\":\"\(area.balance)\",\"id\":\(area.id),")) }
            #expect(page.contains("id=\"colour-by\"") && page.contains("swatch balance-paperCap"))
            // Filtered by an association the district lacks: 404 with the one line.
            let unknown = try await cecilia.send(.get, "/coordinator/areas?association=Ingenstans")
            #expect(unknown.status == .notFound && String(buffer: unknown.body).contains("unknown association"))
            let association = try #require(areas.first).association
            let filtered = try await cecilia.send(.get, "/coordinator/areas?association=\(association.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")")
            #expect(filtered.status == .ok && String(buffer: filtered.body).contains("<option selected>\(association)</option>"))
        }
    }

    @Test func anAreasPageShowsItsStopsMapAndSheet() async throws {
        let d = try PlannedDistrict()
        try StaffClient.addUsers(d.district)
        let walk = try d.district.areaWalk(d.anna.area)
        try await WebServer.application(district: d.district).test(.router) { client in
            var cecilia = try await Self.coordinator(client)
            let page = String(buffer: try await cecilia.send(.get, "/coordinator/areas/\(d.anna.area)").body)
            #expect(page.contains("Område \(d.anna.area)"))
            #expect(page.contains(try #require(walk.stops.last).address))
            #expect(StaffClient.hidden("revision", in: page) == (try d.district.areaRevision(d.anna.area).token))
            #expect(page.contains("Anna (nr") && page.contains("Bo (nr"))
            let map = try await cecilia.send(.get, "/coordinator/areas/\(d.anna.area)/map.json")
            #expect(map.status == .ok && String(buffer: map.body).contains("\"stops\""))
            let sheet = try await cecilia.send(.get, "/coordinator/areas/\(d.anna.area)/sheet.pdf")
            #expect(sheet.headers[.contentType] == "application/pdf" && String(buffer: sheet.body).hasPrefix("%PDF"))
            #expect(try await cecilia.send(.get, "/coordinator/areas/999999").status == .notFound)
            // One association's sheets in one PDF, as `sheets --association`; none named: 400.
            let all = try await cecilia.send(.get, "/coordinator/sheets.pdf?association=V%C3%A4rmland")
            #expect(all.headers[.contentType] == "application/pdf" && String(buffer: all.body).hasPrefix("%PDF") && all.body.readableBytes > sheet.body.readableBytes)
            #expect(try await cecilia.send(.get, "/coordinator/sheets.pdf").status == .badRequest)
            #expect(try await cecilia.send(.get, "/coordinator/sheets.pdf?association=Ingenstans").status == .notFound)
        }
    }

    @Test func lockAssignAndUnassignAreTheCLIsUseCasesAndAudited() async throws {
        let d = try PlannedDistrict()
        try StaffClient.addUsers(d.district)
        let bo = try Self.volunteer("Bo", d)
        let cecilia = try #require(try d.district.users().first { $0.name == "Cecilia" })
        let area = d.anna.area
        try await WebServer.application(district: d.district).test(.router) { client in
            var staff = try await Self.coordinator(client)
            func post(_ action: String, _ extra: [String: String] = [:]) async throws -> TestResponse {
                let page = String(buffer: try await staff.send(.get, "/coordinator/areas/\(area)").body)
                let revision = try #require(StaffClient.hidden("revision", in: page))
                return try await staff.send(.post, "/coordinator/areas/\(area)/\(action)", form: ["csrf": staff.csrf ?? "", "revision": revision].merging(extra) { a, _ in a })
            }
            // The page's PDF prints the sheet (its printed version is noted): no conflict for its own forms.
            let page = String(buffer: try await staff.send(.get, "/coordinator/areas/\(area)").body)
            let loaded = try #require(StaffClient.hidden("revision", in: page))
            #expect(try await staff.send(.get, "/coordinator/areas/\(area)/sheet.pdf").status == .ok)
            #expect(try d.district.areas().areas.first { $0.id == area }?.printedVersion != nil)
            #expect(try await staff.send(.post, "/coordinator/areas/\(area)/lock", form: ["csrf": staff.csrf ?? "", "revision": loaded]).status == .ok)
            #expect(try await post("unlock").status == .ok)
            #expect(try await post("lock").status == .ok)
            #expect(try d.district.areas().areas.first { $0.id == area }?.locked == true)
            let assigned = try await post("assign", ["volunteer": bo.description])
            #expect(assigned.status == .ok)
            // Bo now holds two areas of his capacity 2: no warning; the page names him as holder.
            #expect(try d.district.areas().areas.first { $0.id == area }?.volunteer == bo)
            #expect(try await post("unassign").status == .ok)
            #expect(try d.district.areas().areas.first { $0.id == area }?.volunteer == nil)
            #expect(try await post("unlock").status == .ok)
            #expect(try d.district.areas().areas.first { $0.id == area }?.locked == false)
            // No volunteer chosen, or an unknown one: 4xx, nothing changed.
            #expect(try await post("assign").status == .badRequest)
            #expect(try await post("assign", ["volunteer": "999999"]).status == .notFound)
            #expect(try await staff.send(.post, "/coordinator/areas/\(area)/lock", form: ["csrf": staff.csrf ?? "", "revision": "nonsense"]).status == .badRequest)
            #expect(try d.district.areas().areas.first { $0.id == area }?.locked == false)

            let log = String(buffer: try await staff.send(.get, "/coordinator/audit").body)
            #expect(log.contains("låste upp") && log.contains("tilldelade") && log.contains("Cecilia"))
        }
        let rows = try Self.audit(d)
        #expect(rows.map { $0["action"] as String } == ["lock", "unlock", "lock", "assign", "unassign", "unlock"])
        #expect(rows.allSatisfy { ($0["staffUserId"] as Int64) == cecilia.id && ($0["areaId"] as Int64) == area.rawValue })
        #expect(rows[3]["volunteerId"] as Int64? == bo.rawValue)
        // Ids only: no volunteer's name or contact is copied into the log.
        let dump = try Self.auditText(d)
        for personal in PlannedDistrict.personalData + ["Bo"] { #expect(!dump.contains(personal)) }
    }

    @Test func twoCoordinatorsAssignAtOnceAndTheSecondIsTold() async throws {
        let d = try PlannedDistrict()
        try StaffClient.addUsers(d.district)
        _ = try d.district.addUser(name: "Erik", role: .coordinator, password: StaffClient.password, cost: StaffClient.cost)
        let bo = try Self.volunteer("Bo", d), anna = try Self.volunteer("Anna", d)
        let area = d.bo.area
        try await WebServer.application(district: d.district).test(.router) { client in
            var cecilia = try await Self.coordinator(client)
            var erik = try await Self.coordinator(client, "Erik")
            let first = try #require(StaffClient.hidden("revision", in: String(buffer: try await cecilia.send(.get, "/coordinator/areas/\(area)").body)))
            let second = try #require(StaffClient.hidden("revision", in: String(buffer: try await erik.send(.get, "/coordinator/areas/\(area)").body)))
            #expect(first == second)
            let done = try await cecilia.send(.post, "/coordinator/areas/\(area)/unassign", form: ["csrf": cecilia.csrf ?? "", "revision": first])
            #expect(done.status == .ok)
            let told = try await erik.send(.post, "/coordinator/areas/\(area)/assign", form: ["csrf": erik.csrf ?? "", "revision": second, "volunteer": anna.description])
            #expect(told.status == .conflict)
            let page = String(buffer: told.body)
            #expect(page.contains("Någon annan hann före") && page.contains("Volontär: du såg Bo (nr \(bo)), nu ingen."))
            #expect(page.contains("href=\"/coordinator/areas/\(area)\""))
            #expect(try d.district.areas().areas.first { $0.id == area }?.volunteer == nil, "Erik's assignment was not made")
            // Reloaded, Erik's form carries the new revision and goes through.
            let fresh = try #require(StaffClient.hidden("revision", in: String(buffer: try await erik.send(.get, "/coordinator/areas/\(area)").body)))
            #expect(fresh != second)
            #expect(try await erik.send(.post, "/coordinator/areas/\(area)/assign", form: ["csrf": erik.csrf ?? "", "revision": fresh, "volunteer": anna.description]).status == .ok)
        }
        #expect(try d.district.areas().areas.first { $0.id == area }?.volunteer == anna)
        #expect(try Self.audit(d).map { $0["action"] as String } == ["unassign", "assign"], "the refused change left no row")
    }

    @Test func thePrintRunIsTheCommandsTableAndCSV() async throws {
        let d = try PlannedDistrict()
        try StaffClient.addUsers(d.district)
        let run = try d.district.printRun()
        try await WebServer.application(district: d.district).test(.router) { client in
            var cecilia = try await Self.coordinator(client)
            let page = String(buffer: try await cecilia.send(.get, "/coordinator/printrun").body)
            #expect(page.contains("<td>Distriktet</td><td class=\"n\">\(run.households.grouped)</td><td class=\"n\">\(run.papers.grouped)</td>"))
            let csv = try await cecilia.send(.get, "/coordinator/printrun.csv")
            #expect(String(buffer: csv.body) == PrintRunCSV.document(run))
            #expect(csv.headers[.contentDisposition]?.contains("tryckupplaga.csv") == true)
        }
    }

    @Test func aReturnedSheetIsRecordedByHandWithItsVersion() async throws {
        let d = try PlannedDistrict()
        try StaffClient.addUsers(d.district)
        let area = d.anna.area
        let walk = try d.district.areaWalk(area)
        try await WebServer.application(district: d.district).test(.router) { client in
            var staff = try await Self.coordinator(client)
            func post(_ form: [String: String]) async throws -> TestResponse {
                let page = String(buffer: try await staff.send(.get, "/coordinator/areas/\(area)").body)
                let revision = try #require(StaffClient.hidden("revision", in: page))
                return try await staff.send(.post, "/coordinator/areas/\(area)/deliver", form: ["csrf": staff.csrf ?? "", "revision": revision].merging(form) { a, _ in a })
            }
            // A version the area never had, or no stop ticked: refused, nothing recorded.
            #expect(try await post(["version": "99", "stops[]": "1"]).status == .notFound)
            #expect(try await post(["version": "\(walk.version)"]).status == .badRequest)
            #expect(try d.deliveryRecords() == 0)
            let done = try await post(["version": "\(walk.version)", "stops[]": "1"])
            #expect(done.status == .ok && String(buffer: done.body).contains("1 stopp nya"))
        }
        let first = try #require(walk.stops.first)
        #expect(try d.district.areaWalk(area).householdsDone == first.papers)
        #expect(try Self.audit(d).map { $0["action"] as String } == ["deliver"])
    }

    /// The board sees how many changes were made by hand, never who made them or to what.
    @Test func theBoardSeesTheAuditLogAsCountsOnly() async throws {
        let d = try PlannedDistrict()
        try StaffClient.addUsers(d.district)
        try await WebServer.application(district: d.district).test(.router) { client in
            var cecilia = try await Self.coordinator(client)
            var dag = StaffClient(client)
            try await dag.logIn("Dag")
            #expect(!String(buffer: try await dag.send(.get, "/board").body).contains("Ändringar för hand"), "nothing to count yet")
            let page = String(buffer: try await cecilia.send(.get, "/coordinator/areas/\(d.bo.area)").body)
            let revision = try #require(StaffClient.hidden("revision", in: page))
            #expect(try await cecilia.send(.post, "/coordinator/areas/\(d.bo.area)/lock", form: ["csrf": cecilia.csrf ?? "", "revision": revision]).status == .ok)
            let board = String(buffer: try await dag.send(.get, "/board").body)
            #expect(board.contains("<li><span class=\"label\">låste</span> <span class=\"count\">1</span></li>"))
            #expect(!board.contains("Cecilia") && !board.contains("låste upp"))
            #expect(try await dag.send(.get, "/coordinator/audit").status == .forbidden)
        }
    }

    /// `assign` from the console: the same use case and report, one audit row for the run.
    @Test func anAutomaticAssignRunShowsItsReport() async throws {
        let d = try PlannedDistrict()
        try StaffClient.addUsers(d.district)
        let before = try d.district.areas().areas.filter { $0.volunteer != nil }.count
        try await WebServer.application(district: d.district).test(.router) { client in
            var cecilia = try await Self.coordinator(client)
            _ = try await cecilia.send(.get, "/coordinator/areas")
            let unknown = try await cecilia.send(.post, "/coordinator/assign", form: ["csrf": cecilia.csrf ?? "", "association": "Ingenstans"])
            #expect(unknown.status == .notFound)
            let run = try await cecilia.send(.post, "/coordinator/assign", form: ["csrf": cecilia.csrf ?? "", "association": ""])
            #expect(run.status == .ok)
            let page = String(buffer: run.body)
            #expect(page.contains("2 områden tilldelade nu") && page.contains("Anna (nr") && page.contains("har 2 av 2"))
        }
        #expect(try d.district.areas().areas.filter { $0.volunteer != nil }.count == before + 2)
        #expect(try Self.audit(d).map { $0["action"] as String } == ["auto-assign"])
    }
}
