import Foundation
import GRDB
import TestSupport
import Testing

/// `utdelning links board` as the coordinator runs it: a link to the board's dashboard, shown
/// once, kept as a hash, revoked by its id like any other link.
@Suite(.serialized)
struct LinkCommandTests {
    func utdelning(_ arguments: [String], in directory: URL) throws -> (code: Int32, out: String, err: String) {
        try Fixtures.run(try CommandLineTests.executable, arguments + ["--db", directory.appendingPathComponent("u.sqlite").path], cwd: directory)
    }

    @Test func aBoardLinkIsMintedShownOnceAndRevokedByItsID() throws {
        let directory = Fixtures.scratch()
        #expect(try utdelning(["import", "osm", Fixtures.malmo], in: directory).code == 0)
        let refused = try utdelning(["links", "board"], in: directory)
        #expect(refused.code != 0 && refused.err.contains("no public address") && refused.err.split(separator: "\n").count == 1)
        let minted = try utdelning(["links", "board", "--public-url", "https://board.test/", "--format", "json"], in: directory)
        #expect(minted.code == 0, "\(minted.err)")
        let listing = try #require(try JSONSerialization.jsonObject(with: Data(minted.out.utf8)) as? [String: Any])
        let link = try #require((listing["links"] as? [[String: Any]])?.first)
        #expect(link["kind"] as? String == "board" && (link["areas"] as? [Any])?.isEmpty == true && link["name"] == nil)
        let url = try #require(link["url"] as? String)
        let token = String(url.dropFirst("https://board.test/b/".count))
        #expect(url.hasPrefix("https://board.test/b/") && token.count == 22)
        // A second board member gets a link of their own.
        let second = try utdelning(["links", "board", "--public-url", "https://board.test"], in: directory)
        #expect(second.out.contains("\tboard\t") && !second.out.contains(token))
        #expect(second.out.contains("a link to the board's dashboard, shown this once; open through 2030-09-22"))
        let database = try DatabaseQueue(path: directory.appendingPathComponent("u.sqlite").path)
        let stored = try database.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM accessLink WHERE board = 1 AND revokedAt IS NULL") }
        #expect(stored == 2)
        let id = try #require(link["id"] as? Int)
        #expect(try utdelning(["links", "revoke", "\(id)"], in: directory).out == "link \(id) revoked\n")
        let open = try database.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM accessLink WHERE board = 1 AND revokedAt IS NULL") }
        #expect(open == 1)
    }
}
