import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import Synchronization
import Testing
import UtdelningKit

@testable import Server

/// Log-in, log-out and sessions for coordinators and the board, in process on a real district
/// (bcrypt at its lowest cost so that the tests run quickly).
@Suite(.serialized)
struct StaffLoginTests {
    @Test func logInSetsAStrictHttpOnlyCookieAndOpensTheCoordinatorsPage() async throws {
        let d = try PlannedDistrict(config: StaffClient.httpsConfig())
        try StaffClient.addUsers(d.district)
        try await WebServer.application(district: d.district).test(.router) { client in
            var browser = StaffClient(client)
            let form = try await browser.send(.get, "/login")
            #expect(form.status == .ok && String(buffer: form.body).contains("Logga in"))
            let response = try await browser.logIn("Cecilia")
            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == "/coordinator")
            let cookie = try #require(response.headers[values: .setCookie].first { $0.hasPrefix(StaffDoor.sessionCookie + "=") })
            for attribute in ["HttpOnly", "SameSite=Strict", "Path=/", "Secure"] { #expect(cookie.contains(attribute), "\(attribute) in \(cookie)") }
            let page = try await browser.send(.get, "/coordinator")
            #expect(page.status == .ok)
            let text = String(buffer: page.body)
            #expect(text.contains("Anna") && text.contains("Bo") && text.contains("Inloggad: Cecilia"))
            let anna = try #require(d.listing.links.first { $0.name == "Anna" })
            #expect(text.contains("nr \(anna.id)"), "Anna's open link, by its id")
            #expect(!text.contains(d.anna.token), "a token is never shown again")
        }
    }

    @Test func aWrongPasswordOrUnknownNameIsRefusedWithTheSamePage() async throws {
        let d = try PlannedDistrict()
        try StaffClient.addUsers(d.district)
        try await WebServer.application(district: d.district).test(.router) { client in
            var browser = StaffClient(client)
            for (name, password) in [("Cecilia", "fel lösenord här"), ("Ingen", StaffClient.password)] {
                let response = try await browser.logIn(name, password)
                #expect(response.status == .unauthorized)
                #expect(String(buffer: response.body).contains("Fel namn eller lösenord."))
                #expect(browser.cookies[StaffDoor.sessionCookie] == nil)
            }
            // Without a cookie the server over HTTP sets none as Secure.
            let page = try await browser.send(.get, "/login")
            #expect(page.headers[values: .setCookie].allSatisfy { !$0.contains("Secure") })
        }
    }

    @Test func repeatedFailuresAreThrottledUntilTheWindowPasses() async throws {
        let d = try PlannedDistrict()
        try StaffClient.addUsers(d.district)
        let clock = Mutex(Date())
        let throttle = LoginThrottle(now: { clock.withLock { $0 } })
        try await WebServer.application(district: d.district, throttle: throttle).test(.router) { client in
            var browser = StaffClient(client)
            for _ in 0..<5 { #expect(try await browser.logIn("Cecilia", "fel lösenord här").status == .unauthorized) }
            // The right password too, while the window lasts: a throttle, not a hint.
            let refused = try await browser.logIn("Cecilia")
            #expect(refused.status == .tooManyRequests)
            #expect(String(buffer: refused.body).contains("För många försök"))
            let wait = try #require(refused.headers[.retryAfter].flatMap { Int($0) })
            #expect((1...900).contains(wait))
            #expect(browser.cookies[StaffDoor.sessionCookie] == nil)
            clock.withLock { $0 = $0.addingTimeInterval(TimeInterval(wait) + 1) }
            let later = try await browser.logIn("Cecilia")
            #expect(later.status == .seeOther)
            #expect(try await browser.send(.get, "/coordinator").status == .ok)
        }
    }

    /// Over a real socket the caller has an address: failures under many names from one
    /// address throttle it, whatever name comes next.
    @Test func manyNamesFromOneAddressAreThrottledToo() async throws {
        let d = try PlannedDistrict()
        try StaffClient.addUsers(d.district)
        try await WebServer.application(district: d.district, port: 0).test(.live) { client in
            var browser = StaffClient(client)
            for n in 1...5 { #expect(try await browser.logIn("gissning\(n)", "fel lösenord här").status == .unauthorized) }
            let refused = try await browser.logIn("Cecilia")
            #expect(refused.status == .tooManyRequests && refused.headers[.retryAfter] != nil)
        }
    }

    @Test func aPostWithoutTheFormTokenIsRefused() async throws {
        let d = try PlannedDistrict()
        try StaffClient.addUsers(d.district)
        let anna = try #require(d.listing.links.first { $0.name == "Anna" })
        try await WebServer.application(district: d.district).test(.router) { client in
            var browser = StaffClient(client)
            try await browser.logIn("Cecilia")
            try await browser.send(.get, "/coordinator")
            for form in [[:], ["csrf": "AAAAAAAAAAAAAAAAAAAAAA"]] {
                let response = try await browser.send(.post, "/coordinator/links/\(anna.id)/revoke", form: form)
                #expect(response.status == .forbidden)
                #expect(String(buffer: response.body).contains("Formuläret gäller inte längre"))
            }
            #expect(try await client.execute(uri: "/v/\(d.anna.token)", method: .get).status == .ok, "the link stays open")
            // The log-in form without its cookie: another site's form cannot log anyone in.
            var stranger = StaffClient(client)
            try await stranger.send(.get, "/login")
            stranger.cookies = [:]
            let posted = try await stranger.send(.post, "/login", form: ["name": "Cecilia", "password": StaffClient.password, "csrf": stranger.csrf ?? ""])
            #expect(posted.status == .forbidden)
            // With the token, the same post revokes.
            #expect(try await browser.post("/coordinator/links/\(anna.id)/revoke").status == .seeOther)
            #expect(try await client.execute(uri: "/v/\(d.anna.token)", method: .get).status == .gone)
        }
    }

    @Test func renewingGivesAWorkingNewLinkAndTheOldOneIsGone() async throws {
        let d = try PlannedDistrict(config: StaffClient.httpsConfig())
        try StaffClient.addUsers(d.district)
        let anna = try #require(d.listing.links.first { $0.name == "Anna" })
        let volunteer = try #require(anna.volunteer)
        try await WebServer.application(district: d.district).test(.router) { client in
            var browser = StaffClient(client)
            try await browser.logIn("Cecilia")
            try await browser.send(.get, "/coordinator")
            let response = try await browser.post("/coordinator/volunteers/\(volunteer)/renew")
            #expect(response.status == .ok)
            let page = String(buffer: response.body)
            let url = try #require(StaffClient.input(#"id="newlink" class="url" value=""#, in: page))
            #expect(url.hasPrefix(PlannedDistrict.publicURL + "/v/") && page.contains("Kopiera länken"))
            let token = String(url.dropFirst((PlannedDistrict.publicURL + "/v/").count))
            #expect(try await client.execute(uri: "/v/\(token)", method: .get).status == .ok)
            #expect(try await client.execute(uri: "/v/\(token)/areas/\(d.anna.area)", method: .get).status == .ok)
            #expect(try await client.execute(uri: "/v/\(d.anna.token)", method: .get).status == .gone)
            // Shown once: the list names the new link by id only.
            let list = String(buffer: try await browser.send(.get, "/coordinator").body)
            #expect(!list.contains(token) && !list.contains(anna.url))
            #expect(!list.contains("nr \(anna.id)<"))
        }
    }

    @Test func withoutAPublicAddressThePageSaysSoAndMakesNoLink() async throws {
        let d = try PlannedDistrict()
        try StaffClient.addUsers(d.district)
        try await WebServer.application(district: d.district).test(.router) { client in
            var browser = StaffClient(client)
            try await browser.logIn("Cecilia")
            let page = String(buffer: try await browser.send(.get, "/coordinator").body)
            #expect(page.contains("Ingen publik adress") && !page.contains("Ny länk"))
            let volunteer = try #require(d.listing.links.first { $0.name == "Bo" }?.volunteer)
            #expect(try await browser.post("/coordinator/volunteers/\(volunteer)/renew").status == .badRequest)
            #expect(try await client.execute(uri: "/v/\(d.bo.token)", method: .get).status == .ok, "nothing revoked")
        }
    }

    @Test func sessionsOutliveARestartEndOnLogOutAndWithTheirUser() async throws {
        let d = try PlannedDistrict()
        try StaffClient.addUsers(d.district)
        let browser = try await WebServer.application(district: d.district).test(.router) { client in
            var browser = StaffClient(client)
            try await browser.logIn("Cecilia")
            return browser
        }
        // The database keeps the session's key only as a hash: the cookie is in no column.
        let key = try #require(browser.cookies[StaffDoor.sessionCookie])
        #expect(try Self.rowsHolding(key, d) == 0)
        #expect(try Self.sessions(d) == 1)
        // A new server on the same database knows the session.
        try await WebServer.application(district: d.district).test(.router) { client in
            var again = StaffClient(client)
            again.cookies = browser.cookies
            #expect(try await again.send(.get, "/coordinator").status == .ok)
            #expect(try await again.post("/logout").status == .seeOther)
            let after = try await again.send(.get, "/coordinator")
            #expect(after.status == .seeOther && after.headers[.location] == "/login")
            // The old cookie, kept by someone, opens nothing either.
            var copy = StaffClient(client)
            copy.cookies = browser.cookies
            #expect(try await copy.send(.get, "/coordinator").status == .seeOther)

            var phone = StaffClient(client), laptop = StaffClient(client)
            try await phone.logIn("Cecilia")
            try await laptop.logIn("Cecilia")
            #expect(try await laptop.send(.get, "/coordinator").status == .ok)
            #expect(try Self.sessions(d) == 2, "each log-in its own session")
            let removed = try d.district.removeUser(name: "Cecilia")
            #expect(removed.sessionsEnded == 2)
            let gone = try await laptop.send(.get, "/coordinator")
            #expect(gone.status == .seeOther && gone.headers[.location] == "/login")
            #expect(try Self.sessions(d) == 0)
        }
    }

    @Test func aSessionInUseStaysAndOneIdleTooLongHasEnded() async throws {
        let d = try PlannedDistrict()
        try StaffClient.addUsers(d.district)
        try await WebServer.application(district: d.district).test(.router) { client in
            var browser = StaffClient(client)
            try await browser.logIn("Cecilia")
            // Two hours idle, then a request: the session runs 12 h from now again.
            try Self.ageSessions(d, seconds: 2 * 3600)
            #expect(try await browser.send(.get, "/coordinator").status == .ok)
            let left = try Self.sessionEnd(d) - Int64(Date().timeIntervalSince1970)
            #expect(left > 12 * 3600 - 120, "\(left) s left")
            try Self.ageSessions(d, seconds: 12 * 3600 + 1)
            #expect(try await browser.send(.get, "/coordinator").status == .seeOther)
        }
    }

    static func ageSessions(_ d: PlannedDistrict, seconds: Int) throws {
        try DatabaseQueue(path: d.district.databasePath).write { db in
            try db.execute(sql: "UPDATE staffSession SET expiresAtSeconds = expiresAtSeconds - ?", arguments: [seconds])
        }
    }

    /// When the one session ends, in seconds since 1970.
    static func sessionEnd(_ d: PlannedDistrict) throws -> Int64 {
        try DatabaseQueue(path: d.district.databasePath).read { db in try Int64.fetchOne(db, sql: "SELECT expiresAtSeconds FROM staffSession") ?? 0 }
    }

    /// Sessions whose stored key or data hold this text.
    static func rowsHolding(_ text: String, _ d: PlannedDistrict) throws -> Int {
        try DatabaseQueue(path: d.district.databasePath).read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM staffSession WHERE instr(keyHash, ?) OR instr(data, ?)", arguments: [Data(text.utf8), text]) ?? -1
        }
    }

    static func sessions(_ d: PlannedDistrict) throws -> Int {
        try DatabaseQueue(path: d.district.databasePath).read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM staffSession") ?? -1 }
    }
}
