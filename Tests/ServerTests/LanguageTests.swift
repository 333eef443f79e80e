import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import UtdelningKit

@testable import Server

/// The phone pages speak Swedish unless English is asked for; the choice is kept.
@Suite(.serialized)
struct LanguageTests {
    @Test func englishWhenAskedAndKeptInACookieSwedishOtherwise() async throws {
        let d = try PlannedDistrict()
        let area = "/v/\(d.anna.token)/areas/\(d.anna.area)"
        try await WebServer.application(district: d.district).test(.router) { client in
            try await client.execute(uri: area, method: .get) { response in
                let page = String(buffer: response.body)
                #expect(page.contains("<html lang=\"sv\">") && page.contains("Hoppa över") && page.contains("In English"))
                #expect(response.headers[.setCookie] == nil)
            }
            try await client.execute(uri: area + "?lang=en", method: .get) { response in
                let page = String(buffer: response.body)
                #expect(page.contains("<html lang=\"en\">") && page.contains(">Skip<") && page.contains("No letterbox") && !page.contains("Hoppa över"))
                #expect(page.contains("not sent"), "the script's words come with the page")
                let cookie = response.headers[.setCookie] ?? ""
                #expect(cookie.hasPrefix("lang=en") && cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"))
            }
            try await client.execute(uri: "/v/\(d.anna.token)", method: .get, headers: [.cookie: "lang=en"]) { response in
                #expect(String(buffer: response.body).contains("Your areas"))
            }
            try await client.execute(uri: "/v/\(d.anna.token)", method: .get, headers: [.cookie: "lang=xx"]) { response in
                #expect(String(buffer: response.body).contains("Dina områden"), "an unknown language is Swedish")
            }
        }
        try d.district.revokeLink(id: try #require(d.listing.links.first { $0.name == "Anna" }).id)
        try await WebServer.application(district: d.district).test(.router) { client in
            try await client.execute(uri: "/v/\(d.anna.token)", method: .get, headers: [.cookie: "lang=en"]) { response in
                #expect(response.status == .gone && String(buffer: response.body).contains("This link is revoked"))
            }
        }
    }

    @Test func aStopOfSeveralHouseholdsIsDeliveredAsAWholeEntrance() async throws {
        let d = try PlannedDistrict()
        let walk = try d.district.areaWalk(d.anna.area)
        let view = AreaView(walk: walk, base: "/v/x", back: nil, chosen: nil, contact: "", words: .swedish)
        for (stop, shown) in zip(walk.stops, view.stops) {
            #expect(shown.deliverLabel == (stop.papers > 1 ? "Utdelat i hela uppgången" : "Utdelat"))
        }
    }
}
