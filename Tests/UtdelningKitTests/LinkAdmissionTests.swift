import Foundation
import Store
import Testing

@testable import UtdelningKit
import Vocabulary

/// The one rule of links (`LinkAccess.admit`), in the order it is asked: door, then state, then area.
struct LinkAdmissionTests {
    static func access(_ scope: StoredLink.Scope, _ state: LinkAccess.State, areas: [AreaID] = [AreaID(rawValue: 1)]) -> LinkAccess {
        LinkAccess(state: state, scope: scope, areas: state == .open ? areas : [], association: "Värmland", contact: nil, lastDay: "2026-12-31")
    }

    func refusal(_ access: LinkAccess?, at door: LinkAccess.Door, area: AreaID? = nil) -> LinkRefusal? {
        do {
            _ = try LinkAccess.admit(access, at: door, area: area)
            return nil
        } catch { return error }
    }

    @Test func theDoorIsAskedBeforeTheStateAndTheStateBeforeTheArea() {
        let one = AreaID(rawValue: 1)
        let two = AreaID(rawValue: 2)
        let area = Self.access(.area(one), .open)
        #expect(refusal(area, at: .volunteer, area: one) == nil)
        #expect(refusal(area, at: .volunteer) == nil)
        #expect(refusal(area, at: .volunteer, area: two) == .notFound)
        #expect(refusal(area, at: .board) == .notFound)
        #expect(refusal(nil, at: .volunteer) == .notFound)
        // A closed board link at the volunteers' door is not told as closed: nothing is there.
        #expect(refusal(Self.access(.board, .revoked), at: .volunteer) == .notFound)
        #expect(refusal(Self.access(.board, .revoked), at: .board) == .closed(Self.access(.board, .revoked)))
        #expect(refusal(Self.access(.board, .open, areas: []), at: .board) == nil)
        // A closed link to another area says closed, not "not found": its holder should ask.
        let expired = Self.access(.area(one), .expired)
        #expect(refusal(expired, at: .volunteer, area: two) == .closed(expired))
    }
}
