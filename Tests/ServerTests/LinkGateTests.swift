import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import UtdelningKit
import Vocabulary

@testable import Server

/// The gate and the tick batch ask the same rule: for every kind of link, the area page, a
/// tick posted to the server, and a tick written by the batch itself are let in or refused alike.
@Suite(.serialized)
struct LinkGateTests {
    /// What a refusal answers at the web's door.
    static func status(_ refusal: LinkRefusal?, admitted: HTTPResponse.Status) -> HTTPResponse.Status {
        switch refusal {
        case nil: admitted
        case .notFound: .notFound
        case .closed: .gone
        }
    }

    @Test func theGateAndTheTickBatchRefuseTheSameWay() async throws {
        let d = try PlannedDistrict()
        let board = try #require(try d.district.issueBoardLink(publicURL: PlannedDistrict.publicURL).links.first)
        let boardToken = String(board.url.split(separator: "/").last ?? "")
        let annaLink = try #require(d.listing.links.first { $0.name == "Anna" })
        try d.district.revokeLink(id: annaLink.id)
        let cases: [(name: String, token: String, area: AreaID, refusal: LinkRefusal?)] = [
            ("own area", d.bo.token, d.bo.area, nil),
            ("another's area", d.bo.token, d.anna.area, .notFound),
            ("an area's link at another area", try #require(d.areaTokens[d.bo.area]), d.anna.area, .notFound),
            ("no such link", "AAAAAAAAAAAAAAAAAAAAAA", d.bo.area, .notFound),
            ("no token at all", "short", d.bo.area, .notFound),
            ("a board link", boardToken, d.bo.area, .notFound),
            ("a revoked link", d.anna.token, d.anna.area, .closed(try #require(try d.district.access(token: d.anna.token)))),
        ]
        for (number, one) in cases.enumerated() {
            let tick = PhoneTick(link: one.token, area: one.area, version: 1, stop: 1, action: .delivered, reportID: "gate-batch-\(number)", time: Date())
            let batch = try #require(try d.district.recordTicks([tick]).first)
            var refused: LinkRefusal?
            if case .failure(let error) = batch { refused = try #require(error as? LinkRefusal, "\(one.name)") }
            #expect(refused == one.refusal, "the batch, \(one.name)")
            let gate: LinkRefusal? = { do { _ = try d.district.admit(token: one.token, at: .volunteer, area: one.area); return nil } catch { return error as? LinkRefusal } }()
            #expect(gate == one.refusal, "the kit's rule as the gate asks it, \(one.name)")
        }
        try await WebServer.application(district: d.district).test(.router) { client in
            for (number, one) in cases.enumerated() {
                let page = "/v/\(one.token)/areas/\(one.area)"
                try await client.execute(uri: page, method: .get) { response in
                    #expect(response.status == Self.status(one.refusal, admitted: .ok), "the page, \(one.name)")
                }
                try await client.execute(uri: page + "/report", method: .post, headers: AccessMatrixTests.form, body: AccessMatrixTests.tick(stop: 2, report: "gate-http-\(number)")) { response in
                    #expect(response.status == Self.status(one.refusal, admitted: .seeOther), "the tick, \(one.name)")
                }
            }
            // An area that is no number: a closed link is told as closed at the page and the tick alike.
            for (uri, method) in [("/v/\(d.anna.token)/areas/x", HTTPRequest.Method.get), ("/v/\(d.anna.token)/areas/x/report", .post)] {
                try await client.execute(uri: uri, method: method, headers: AccessMatrixTests.form, body: AccessMatrixTests.tick(report: "gate-x")) { response in
                    #expect(response.status == .gone, "\(method)")
                }
                try await client.execute(uri: uri.replacingOccurrences(of: d.anna.token, with: d.bo.token), method: method, headers: AccessMatrixTests.form, body: AccessMatrixTests.tick(report: "gate-y")) { response in
                    #expect(response.status == .notFound, "\(method)")
                }
            }
        }
        // Only the own-area ticks were written: stop 1 by the batch, stop 2 over HTTP.
        #expect(try d.deliveryRecords() == 2)
    }
}
