import Geometry
import Testing

@testable import Planner
import Vocabulary

/// Rural sectors: compact parts of at most the given size.
struct RuralSectorTests {
    static let projection = LocalProjection(origin: Coordinate(latitude: 59.9, longitude: 12.9))

    @Test func farmsAlongAValleyAreCutAcrossItIntoPartsOfAtMostTheSize() {
        // 1,000 farms along a valley 50 km long (east–west) and 4 km wide.
        let farms = (0..<1_000).map { i in
            (key: PointKey("f\(i)"), at: Self.projection.unproject(PlanarPoint(x: Double(i) * 50, y: Double((i * 7_919) % 4_000))))
        }
        let sectors = AreaPlanner.sectors(farms.map(\.key), at: farms.map(\.at), size: 400)
        #expect(sectors.map(\.count) == [250, 250, 250, 250])
        #expect(Set(sectors.flatMap { $0 }) == Set(farms.map(\.key)))
        // Each part is a stretch of the valley, 12.5 km of it, not a wedge across it.
        let x = Dictionary(uniqueKeysWithValues: farms.map { ($0.key, Self.projection.project($0.at).x) })
        for sector in sectors {
            let xs = sector.compactMap { x[$0] }
            #expect((xs.max() ?? 0) - (xs.min() ?? 0) < 12_500)
        }
        // The same farms in another order give the same parts.
        #expect(AreaPlanner.sectors(farms.map(\.key).reversed(), at: farms.map(\.at).reversed(), size: 400).map { Set($0) } == sectors.map { Set($0) })
    }
}
