import Households
import Routing

extension StreetGraph {
    /// The street graph of the imported map ways under a walking profile: what planning,
    /// drawing and `route` all walk on, built one way.
    static func walkable(_ ways: [MapWay], profile: WalkingProfile) -> StreetGraph {
        StreetGraph.build(ways: ways.map { WayInput(coordinates: $0.coordinates, tags: $0.tags) }, profile: profile)
    }
}
