import Foundation
import GRDB
import TestSupport
import Testing

/// `utdelning users`, the real executable: a password from a pipe, kept only as a bcrypt hash;
/// each refusal one line, a non-zero exit and nothing written.
@Suite(.serialized)
struct UserCommandTests {
    func utdelning(_ arguments: [String], in directory: URL, input: String? = nil) throws -> (code: Int32, out: String, err: String) {
        try Fixtures.run(CommandLineTests.executable, arguments + ["--db", directory.appendingPathComponent("u.sqlite").path], cwd: directory, input: input)
    }

    /// A district database to add users to (any import makes one).
    func district() throws -> URL {
        let directory = Fixtures.scratch()
        let csv = Fixtures.file("homes.csv", "lat;lon;hushåll\n59,1;13,2;2\n", in: directory)
        #expect(try utdelning(["import", "households", csv], in: directory).code == 0)
        return directory
    }

    func stored(_ directory: URL) throws -> [String] {
        try DatabaseQueue(path: directory.appendingPathComponent("u.sqlite").path).read { db in
            try String.fetchAll(db, sql: "SELECT name || ' ' || role || ' ' || passwordHash FROM staffUser ORDER BY name")
        }
    }

    @Test func addListAndRemoveWithThePasswordFromAPipe() throws {
        let directory = try district()
        let low = ["--bcrypt-cost", "4"]
        let added = try utdelning(["users", "add", "Cecilia", "--role", "coordinator"] + low, in: directory, input: "ett långt lösenord\n")
        #expect(added.code == 0, "\(added.err)")
        #expect(added.out == "user 'Cecilia' added (coordinator)\n")
        #expect(try utdelning(["users", "add", "Dag", "--role", "board"] + low, in: directory, input: "styrelsens lösen").code == 0, "no newline at the end")
        let rows = try stored(directory)
        #expect(rows.count == 2)
        #expect(rows.allSatisfy { $0.contains(" $2b$04$") && !$0.contains("lösen") }, "only bcrypt hashes: \(rows)")

        let text = try utdelning(["users", "list"], in: directory)
        let lines = text.out.split(separator: "\n")
        #expect(lines.first == "name\trole\tcreated")
        #expect(lines.dropFirst().map { $0.split(separator: "\t").prefix(2).joined(separator: " ") } == ["Cecilia coordinator", "Dag board"])
        let json = try utdelning(["users", "list", "--format", "json"], in: directory)
        let users = try #require((try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])?["users"] as? [[String: Any]])
        #expect(users.map { $0["name"] as? String } == ["Cecilia", "Dag"])
        #expect(users.allSatisfy { $0["passwordHash"] == nil })
        #expect(try utdelning(["users", "list", "--format", "json"], in: directory).out == json.out, "byte-identical run to run")

        let removed = try utdelning(["users", "remove", "Dag"], in: directory)
        #expect(removed.code == 0 && removed.out == "user 'Dag' removed; 0 sessions ended\n")
        #expect(try stored(directory).count == 1)
    }

    @Test func refusalsAreOneLineAndChangeNothing() throws {
        let directory = try district()
        let low = ["--bcrypt-cost", "4"]
        #expect(try utdelning(["users", "add", "Cecilia", "--role", "coordinator"] + low, in: directory, input: "ett långt lösenord\n").code == 0)
        let cases: [([String], String?, Int32, String)] = [
            (["users", "add", "Eva", "--role", "coordinator"] + low, "", 64, "utdelning: no password given (one line on standard input)\n"),
            (["users", "add", "Eva", "--role", "coordinator"] + low, "kort\n", 64, "utdelning: a password has at least 10 characters\n"),
            (["users", "add", "Eva", "--role", "coordinator"] + low, String(repeating: "lång ", count: 15) + "\n", 64,
             "utdelning: a password has at most 72 bytes (bcrypt reads no further)\n"),
            (["users", "add", "", "--role", "coordinator"] + low, "ett långt lösenord\n", 64, "utdelning: a user name is one line of 1 to 64 characters\n"),
            (["users", "add", "Eva", "--role", "coordinator", "--bcrypt-cost", "3"], "ett långt lösenord\n", 64, "utdelning: the bcrypt cost is 4 to 31, not 3\n"),
            (["users", "add", "Cecilia", "--role", "board"] + low, "ett annat långt lösenord\n", 65, "utdelning: a user named 'Cecilia' exists already\n"),
            (["users", "add", "Eva", "--role", "admin"] + low, "ett långt lösenord\n", 64, ""),
            (["users", "remove", "Ingen"], nil, 65, "utdelning: no user 'Ingen'\n"),
        ]
        for (arguments, input, code, err) in cases {
            let result = try utdelning(arguments, in: directory, input: input)
            #expect(result.code == code, "\(arguments): \(result.err)")
            if !err.isEmpty { #expect(result.err == err) }
            #expect(result.out.isEmpty)
        }
        #expect(try stored(directory).map { $0.split(separator: " ").prefix(2).joined(separator: " ") } == ["Cecilia coordinator"])
        // Before any import a board member has no district to join, and none is made; the
        // first coordinator starts one (a server that begins empty, filled from the console).
        let empty = Fixtures.scratch()
        let none = try utdelning(["users", "add", "Eva", "--role", "board"] + low, in: empty, input: "ett långt lösenord\n")
        #expect(none.code == 66 && !FileManager.default.fileExists(atPath: empty.appendingPathComponent("u.sqlite").path))
        let first = try utdelning(["users", "add", "Fia", "--role", "coordinator"] + low, in: empty, input: "ett långt lösenord\n")
        #expect(first.code == 0 && FileManager.default.fileExists(atPath: empty.appendingPathComponent("u.sqlite").path), "\(first.err)")
    }
}
