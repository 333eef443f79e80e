import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import Synchronization
import Testing
import UtdelningKit

@testable import Server

/// The log says which route answered how, one line a request, and nothing of who asked.
@Suite(.serialized)
struct RequestLogTests {
    /// Keeps every line logged, for the test to read.
    final class Lines: Sendable {
        let lines = Mutex<[String]>([])
    }

    struct Collecting: LogHandler {
        let sink: Lines
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .info

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(event: LogEvent) {
            let all = metadata.merging(event.metadata ?? [:]) { $1 }
            sink.lines.withLock { $0.append("\(event.message) \(all.map { "\($0)=\($1)" }.sorted().joined(separator: " "))") }
        }
    }

    @Test func oneLinePerRequestWithTheRoutesPatternAndNoTokenOrAddress() async throws {
        let d = try PlannedDistrict()
        let sink = Lines()
        let logger = Logger(label: "test") { _ in Collecting(sink: sink) }
        let walk = try d.district.areaWalk(d.anna.area)
        let board = String(try #require(try d.district.issueBoardLink(publicURL: PlannedDistrict.publicURL).links.first).url.split(separator: "/").last ?? "")
        try await WebServer.application(district: d.district, logger: logger).test(.router) { client in
            try await client.execute(uri: "/v/\(d.anna.token)", method: .get) { _ in }
            try await client.execute(uri: "/v/\(d.anna.token)/areas/\(d.anna.area)", method: .get) { _ in }
            try await client.execute(
                uri: "/v/\(d.anna.token)/areas/\(d.anna.area)/report", method: .post, headers: AccessMatrixTests.form,
                body: AccessMatrixTests.tick(report: "log-test-1")) { _ in }
            try await client.execute(uri: "/b/\(board)/board.json", method: .get) { _ in }
            try await client.execute(uri: "/v/\(d.bo.token)/areas/\(d.anna.area)", method: .get) { _ in }
        }
        let lines = sink.lines.withLock { $0 }.filter { $0.hasPrefix("GET ") || $0.hasPrefix("POST ") }
        #expect(lines.count == 5, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("GET /b/{token}/board.json 200") })
        #expect(lines.first?.hasPrefix("GET /v/{token} 200") == true)
        #expect(lines.last?.hasPrefix("GET /v/{token}/areas/{area} 404") == true)
        let everything = sink.lines.withLock { $0 }.joined(separator: "\n")
        for secret in [d.anna.token, d.bo.token, board, "Anna", walk.stops[0].address, "log-test-1"] {
            #expect(!everything.contains(secret), "\(secret) in the log")
        }
    }

    /// Log-ins are logged as routes too: no name, no password, no session or form token.
    @Test func aLogInLeavesNoNameOrSecretInTheLog() async throws {
        let d = try PlannedDistrict()
        try StaffClient.addUsers(d.district)
        let sink = Lines()
        let logger = Logger(label: "test") { _ in Collecting(sink: sink) }
        let secrets = try await WebServer.application(district: d.district, logger: logger).test(.router) { client in
            var browser = StaffClient(client)
            try await browser.logIn("Cecilia", "fel lösenord här")
            try await browser.logIn("Cecilia")
            try await browser.send(.get, "/coordinator")
            try await browser.post("/logout")
            return [browser.csrf ?? "", browser.cookies[LoginRoutes.formCookie] ?? ""]
        }
        let lines = sink.lines.withLock { $0 }
        #expect(lines.contains { $0.hasPrefix("POST /login 401") } && lines.contains { $0.hasPrefix("POST /login 303") })
        #expect(lines.contains { $0.hasPrefix("GET /coordinator 200") })
        let everything = lines.joined(separator: "\n")
        for secret in ["Cecilia", "fel lösenord", StaffClient.password] + secrets.filter({ !$0.isEmpty }) {
            #expect(!everything.contains(secret), "\(secret) in the log")
        }
    }
}
