import Foundation
import GRDB
import Synchronization
import Testing
import Vocabulary

@testable import UtdelningKit

/// Volunteers tick doors all day, and a region's plan takes minutes: a tick that changes
/// nothing the plan read must not make it cut again, or refuse it; one that makes an area
/// bind must.
@Suite(.serialized)
struct PlanWhilePhonesTickTests {
    /// A plan that ticks `stop` of `area` through the area's link just before it writes;
    /// how many times it read the district (once, or twice when it cut again).
    func plan(_ district: District, mode: District.PlanMode, tickingStop stop: Int, of area: AreaID) throws -> Int {
        let link = try #require(try PhoneTicksTests.areaLinks(district)[area]).token
        let reads = Mutex(0), ticked = Mutex(false)
        _ = try district.plan(targetMinutes: 30, mode: mode) { step in
            if case .reading = step { reads.withLock { $0 += 1 } }
            guard case .writing = step, !ticked.withLock({ $0 }) else { return }
            ticked.withLock { $0 = true }
            let tick = PhoneTick(link: link, area: area, version: 1, stop: stop, action: .delivered, reportID: "tick-meanwhile-\(stop)", time: Date())
            _ = try? district.recordTicks([tick]).first?.get()
        }
        #expect(ticked.withLock { $0 })
        return reads.withLock { $0 }
    }

    func status(_ district: District, of area: AreaID) throws -> String? {
        try district.areas().areas.first { $0.id == area }?.status
    }

    @Test func aTickInAnAreaAlreadyWorkedInLeavesThePlanAsItWas() throws {
        let (district, areas) = try LinksTests().planned()
        let worked = try #require(areas.first { $0.deliveryPoints >= 3 })
        _ = try district.deliver(area: worked.id, version: 1, stops: .stops(["1"]), outcome: .delivered, by: nil)
        let reads = try plan(district, mode: District.PlanMode(fresh: true), tickingStop: 2, of: worked.id)
        #expect(reads == 1, "written from its one read")
        #expect(try status(district, of: worked.id) == "in-progress", "the area a door was reported in stays")
        #expect(try PhoneTicksTests().rows(district, "SELECT count(*) FROM delivery WHERE areaId = \(worked.id.rawValue)") == 2, "both ticks count")
    }

    @Test func aTickThatMakesAnAreaBindIsCutAgainAndTheAreaKept() throws {
        let (district, areas) = try LinksTests().planned()
        let untouched = try #require(areas.first { $0.deliveryPoints >= 3 })
        let reads = try plan(district, mode: District.PlanMode(fresh: true), tickingStop: 1, of: untouched.id)
        #expect(reads == 2, "cut again from the new state")
        #expect(try status(district, of: untouched.id) == "in-progress", "the area its volunteer has begun is kept, not cut away")
    }

    @Test func aMopUpIsCutAgainAfterAnyTick() throws {
        let (district, areas) = try LinksTests().planned()
        let worked = try #require(areas.first { $0.deliveryPoints >= 3 })
        _ = try district.deliver(area: worked.id, version: 1, stops: .stops(["1"]), outcome: .delivered, by: nil)
        #expect(try plan(district, mode: District.PlanMode(mopUp: true), tickingStop: 2, of: worked.id) == 2)
    }
}
