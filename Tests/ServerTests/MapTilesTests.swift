import Foundation
import Hummingbird
import HummingbirdTesting
import TestSupport
import Testing
import UtdelningKit

@testable import Server

/// The phone's map is our own vectors; OpenStreetMap's images come only when the
/// configuration offers them, and then the page's policy lets exactly that host in.
@Suite(.serialized)
struct MapTilesTests {
    static func areaPage(_ d: PlannedDistrict) async throws -> (page: String, policy: String) {
        try await WebServer.application(district: d.district).test(.router) { client in
            try await client.execute(uri: "/v/\(d.anna.token)/areas/\(d.anna.area)", method: .get) { response in
                (String(buffer: response.body), response.headers[.contentSecurityPolicy] ?? "")
            }
        }
    }

    @Test func offeredOnlyWhenConfiguredAndThenWithItsHostAlone() async throws {
        let plain = try await Self.areaPage(try PlannedDistrict())
        #expect(!plain.page.contains("data-tiles") && !plain.policy.contains("openstreetmap"))
        #expect(!plain.page.contains("http://") && !plain.page.contains("https://"))

        let yaml = DistrictConfig.starterText.replacingOccurrences(of: "openStreetMapLayer: false", with: "openStreetMapLayer: true")
        let offered = try await Self.areaPage(try PlannedDistrict(config: try DistrictConfig.load(path: Fixtures.file("tiles.yaml", yaml))))
        #expect(offered.page.contains("data-tiles=\"https://tile.openstreetmap.org/{z}/{x}/{y}.png\""))
        #expect(offered.policy.contains("img-src 'self' data: https://tile.openstreetmap.org;"))
        #expect(offered.policy.contains("default-src 'self'"), "scripts and styles still from this server alone")
    }
}
