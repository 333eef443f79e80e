import Foundation
import GRDB
import TestSupport
import UtdelningKit
import Vocabulary

/// A planned Malmö with two volunteers, Anna and Bo (with e-mail and phone, which no page but
/// their own may show), each holding one area, and a link for each of them and each area,
/// made by the same use cases as `plan`, `assign` and `links`.
/// Planned once per test run; each test works on its own copy of the database.
struct PlannedDistrict {
    let district: District
    let anna: (token: String, area: AreaID)
    let bo: (token: String, area: AreaID)
    /// Links of areas, by area.
    let areaTokens: [AreaID: String]
    let listing: LinkListing

    static let publicURL = "https://utdelning.test"
    static let people = "namn;förening;kapacitet;email;telefon\nAnna;Värmland;2;anna.ek@example.org;070-111 22 33\nBo;Värmland;2;bo.lind@example.org;070-444 55 66\n"
    /// What a page must never show of Anna and Bo; a board page, not even the names.
    static let personalData = ["Anna", "anna.ek@example.org", "070-111 22 33", "bo.lind@example.org", "070-444 55 66"]

    /// The starter configuration with Värmland's contact person (a board member) and, if
    /// given, a last day for links; written to a file, so the command line reads the same.
    static func configFile(expires: String? = nil) -> String {
        var yaml = DistrictConfig.starterText
            .replacingOccurrences(of: "\nassociations: []\n", with: "\nassociations:\n  - name: Värmland\n    contact: Karin Styrelse\n")
        if let expires { yaml = yaml.replacingOccurrences(of: "expires: \"\"", with: "expires: \(expires)") }
        return Fixtures.file("district.yaml", yaml)
    }

    private static let template: Result<(path: String, listing: LinkListing), any Error> = Result {
        let path = Fixtures.scratch("template").appendingPathComponent("d.sqlite").path
        let district = District(databasePath: path, config: try DistrictConfig.starter)
        _ = try district.importOSM(path: Fixtures.malmo)
        let areas = try district.plan(targetMinutes: 30).areas.filter { $0.deliveryPoints >= 4 }.sorted { $0.id < $1.id }
        _ = try district.importVolunteers(path: Fixtures.file("people.csv", Self.people))
        let people = Dictionary(uniqueKeysWithValues: try district.volunteers().map { ($0.name, $0.id) })
        for (area, name) in zip(areas.prefix(2), ["Anna", "Bo"]) {
            guard let person = people[name] else { throw ArgumentError("no \(name)") }
            _ = try district.assignManually(area: area.id, to: person)
        }
        return (path, try district.issueLinks(publicURL: publicURL))
    }

    /// Delivery records as stored, undone ones included.
    func deliveryRecords() throws -> Int {
        try DatabaseQueue(path: district.databasePath).read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM delivery") ?? -1 }
    }

    /// - Parameter config: the configuration the copy is opened with (a link's expiry, say).
    init(config: DistrictConfig? = nil) throws {
        let (template, listing) = try Self.template.get()
        let path = Fixtures.scratch().appendingPathComponent("d.sqlite").path
        for suffix in ["", "-wal"] where FileManager.default.fileExists(atPath: template + suffix) {
            try FileManager.default.copyItem(atPath: template + suffix, toPath: path + suffix)
        }
        district = try District(serving: path, config: config ?? DistrictConfig.starter)
        self.listing = listing
        func token(_ row: LinkListing.Row) -> String { String(row.url.split(separator: "/").last ?? "") }
        func person(_ name: String) throws -> (String, AreaID) {
            guard let row = listing.links.first(where: { $0.name == name }), let area = row.areas.first else { throw ArgumentError("no link for \(name)") }
            return (token(row), area)
        }
        anna = try person("Anna")
        bo = try person("Bo")
        areaTokens = Dictionary(uniqueKeysWithValues: listing.links.filter { $0.kind == "area" }.compactMap { row in row.areas.first.map { ($0, token(row)) } })
    }
}
