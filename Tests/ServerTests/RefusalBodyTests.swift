import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import Server

/// Every refusal says in a line what it is, Hummingbird's own included (found by
/// Tests/Reliability/fuzz.py: a mutated path got 404 with an empty body).
@Suite(.serialized)
struct RefusalBodyTests {
    @Test func aPathNoRouteTakesIsRefusedWithALine() async throws {
        let d = try PlannedDistrict()
        let app = try WebServer.application(district: d.district)
        try await app.test(.router) { client in
            for (method, uri) in [(HTTPRequest.Method.post, "/v/\(d.anna.token)/areas/\(d.anna.area)/reportx"), (.get, "/nowhere"), (.post, "/%FF%00")] {
                try await client.execute(uri: uri, method: method, headers: [.contentType: "application/json"], body: ByteBuffer(string: "{}")) { response in
                    #expect(response.status == .notFound, "\(method) \(uri.suffix(12))")
                    #expect(String(buffer: response.body) == "not found\n")
                    #expect(response.headers[.xContentTypeOptions] == "nosniff")
                }
            }
        }
    }
}
