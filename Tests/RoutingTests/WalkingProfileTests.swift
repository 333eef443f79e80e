import Testing

@testable import Routing

struct WalkingProfileTests {
    let profile = WalkingProfile()

    @Test func residentialStreetsAndFootwaysAreWalkable() {
        #expect(profile.isWalkable(["highway": "residential"]))
        #expect(profile.isWalkable(["highway": "footway"]))
        #expect(!profile.isWalkable(["highway": "motorway"]))
        #expect(!profile.isWalkable(["railway": "rail"]))
    }

    @Test func footTagOverridesAccess() {
        #expect(!profile.isWalkable(["highway": "service", "access": "private"]))
        #expect(profile.isWalkable(["highway": "service", "access": "no", "foot": "yes"]))
        #expect(!profile.isWalkable(["highway": "path", "foot": "no"]))
    }

    @Test func railwaysRiversAndPrimaryRoadsAreBarriersUnlessInATunnel() {
        #expect(profile.isBarrier(["railway": "rail"]))
        #expect(!profile.isBarrier(["railway": "rail", "tunnel": "yes"]))
        #expect(profile.isBarrier(["waterway": "river"]))
        #expect(profile.isBarrier(["highway": "primary"]))
        #expect(!profile.isBarrier(["highway": "residential"]))
    }
}
