import Foundation
import GRDB
import TestSupport
import Testing

@testable import UtdelningKit
import Vocabulary

/// Links for phones: made once, kept only as hashes, scoped, revocable, expiring; and the
/// sheet's QR code carries the area's link.
@Suite(.serialized)
struct LinksTests {
    func planned(publicURL: String = "") throws -> (District, [AreasReport.Area]) {
        let path = Fixtures.scratch().appendingPathComponent("d.sqlite").path
        let yaml = DistrictConfig.starterText.replacingOccurrences(of: "publicURL: \"\"", with: "publicURL: \"\(publicURL)\"")
        let district = District(databasePath: path, config: try DistrictConfig.load(path: Fixtures.file("c.yaml", yaml)))
        _ = try district.importOSM(path: Fixtures.malmo)
        let areas = try district.plan(targetMinutes: 30).areas.sorted { $0.id < $1.id }
        _ = try district.importVolunteers(path: Fixtures.file("people.csv", "namn;förening;kapacitet\nAnna;Värmland;1\nBo;Värmland;1\n"))
        return (district, areas)
    }

    @Test func everyAssignedVolunteerAndEveryAreaGetsOneLinkKeptOnlyAsItsHash() throws {
        let (district, areas) = try planned()
        let anna = try #require(try district.volunteers().first { $0.name == "Anna" })
        _ = try district.assignManually(area: areas[0].id, to: anna.id)
        #expect(throws: ArgumentError.self) { try district.issueLinks() }
        let first = try district.issueLinks(publicURL: "https://x.test/")
        #expect(first.links.filter { $0.kind == "volunteer" }.map(\.name) == ["Anna"], "Bo holds no area")
        #expect(first.links.filter { $0.kind == "area" }.count == areas.count)
        #expect(first.expires == "2030-09-22", "14 days after the deadline")
        let token = String(try #require(first.links.first?.url.split(separator: "/").last))
        #expect(token.count == 22 && first.links.allSatisfy { $0.url.hasPrefix("https://x.test/v/") })
        // A second run makes nothing new: the first links are out there and still open.
        let second = try district.issueLinks(publicURL: "https://x.test")
        #expect(second.links.isEmpty && second.kept == first.links.count)
        // Not a byte of any token in the file: only their hashes.
        try district.existingStore().truncateLog()
        let bytes = try Data(contentsOf: URL(fileURLWithPath: district.databasePath))
        #expect(first.links.allSatisfy { bytes.range(of: Data($0.url.split(separator: "/").last.map { String($0) }?.utf8 ?? "".utf8)) == nil })
        let access = try #require(try district.access(token: token))
        #expect(access.state == .open && access.areas == [areas[0].id])
        #expect(try district.access(token: String(token.reversed())) == nil)
        #expect(throws: DistrictError.noLink(999)) { try district.revokeLink(id: 999) }
    }

    @Test func theSheetsQRCodeCarriesALinkThatOpensItsArea() throws {
        let (district, areas) = try planned(publicURL: "https://x.test")
        let report = try district.writeSheets(to: Fixtures.scratch().path, area: areas[1].id)
        let text = try SheetsTests.text(try #require(report.files.first?.path), layout: false)
        let url = try #require(text.split(whereSeparator: \.isWhitespace).first { $0.hasPrefix("https://x.test/v/") })
        let access = try #require(try district.access(token: String(url.split(separator: "/").last ?? "")))
        #expect(access.areas == [areas[1].id] && access.state == .open)
    }

    /// Renewing revokes the volunteer's open link and makes one in its place, in one
    /// transaction: the area links stay, and a refusal changes nothing.
    @Test func renewingAVolunteersLinkRevokesTheOpenOneAndMakesOne() throws {
        let (district, areas) = try planned()
        let anna = try #require(try district.volunteers().first { $0.name == "Anna" })
        let bo = try #require(try district.volunteers().first { $0.name == "Bo" })
        _ = try district.assignManually(area: areas[0].id, to: anna.id)
        let issued = try district.issueLinks(publicURL: "https://x.test")
        let old = try #require(issued.links.first { $0.name == "Anna" })
        #expect(throws: ArgumentError.self) { try district.renewLink(volunteer: anna.id) }
        #expect(throws: DistrictError.noVolunteer(VolunteerID(rawValue: 999))) { try district.renewLink(volunteer: VolunteerID(rawValue: 999), publicURL: "https://x.test") }
        #expect(try district.volunteerLinks().first { $0.name == "Anna" }?.openLink == old.id, "nothing changed by the refusals")

        let renewed = try district.renewLink(volunteer: anna.id, publicURL: "https://x.test")
        #expect(renewed.revoked == [old.id] && renewed.id != old.id)
        let token = String(try #require(renewed.url.split(separator: "/").last))
        #expect(try district.access(token: token)?.areas == [areas[0].id])
        #expect(try district.access(token: String(try #require(old.url.split(separator: "/").last)))?.state == .revoked)
        let rows = try district.volunteerLinks()
        #expect(rows.map(\.name) == ["Anna", "Bo"])
        #expect(rows.first { $0.name == "Anna" }?.openLink == renewed.id && rows.first { $0.name == "Anna" }?.areas == [areas[0].id])
        // Bo had no link: renewing makes his first and revokes nothing.
        #expect(try district.renewLink(volunteer: bo.id, publicURL: "https://x.test").revoked.isEmpty)
        #expect(try district.issueLinks(publicURL: "https://x.test").links.isEmpty, "every area link still open")
    }
}
