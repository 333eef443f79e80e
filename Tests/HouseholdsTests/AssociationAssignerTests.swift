import Geometry
import Testing

@testable import Households

struct AssociationAssignerTests {
    static func box(_ name: String, _ minLon: Double, _ minLat: Double, _ maxLon: Double, _ maxLat: Double) -> Boundary {
        let ring = [(minLon, minLat), (maxLon, minLat), (maxLon, maxLat), (minLon, maxLat), (minLon, minLat)]
            .map { Coordinate(latitude: $0.1, longitude: $0.0) }
        return Boundary(name: name, shape: MultiPolygonShape(polygons: [PolygonShape(outer: ring)]))
    }

    // ┌──────── Län ────────┐
    // │ ┌ Stad ┐            │
    // │ └──────┘            │
    // └─────────────────────┘   ┌ Grann ┐ (touching Län's edge at 14°)
    let boundaries = [Self.box("Län", 13, 59, 14, 60), Self.box("Stad", 13.2, 59.2, 13.4, 59.4), Self.box("Grann", 14, 59, 15, 60)]

    @Test func aPointInOnePolygonBelongsToIt() throws {
        let assigner = try AssociationAssigner(boundaries: boundaries)
        #expect(try assigner.association(at: Coordinate(latitude: 59.8, longitude: 13.8)) == "Län")
        #expect(try assigner.association(at: Coordinate(latitude: 59.5, longitude: 14.5)) == "Grann")
    }

    @Test func inAnOverlapTheSmallerPolygonWinsAndTheOverlapIsCounted() throws {
        let assigner = try AssociationAssigner(boundaries: boundaries)
        #expect(try assigner.association(at: Coordinate(latitude: 59.3, longitude: 13.3)) == "Stad")
        #expect(assigner.overlaps == [AssociationAssigner.Overlap(winner: "Stad", loser: "Län"): 1])
    }

    @Test func onASharedEdgeEqualAreasFallBackToTheName() throws {
        let assigner = try AssociationAssigner(boundaries: [Self.box("B", 14, 59, 15, 60), Self.box("A", 13, 59, 14, 60)])
        #expect(try assigner.association(at: Coordinate(latitude: 59.5, longitude: 14)) == "A")
    }

    @Test func aPointInNoPolygonIsOutside() throws {
        let assigner = try AssociationAssigner(boundaries: boundaries)
        #expect(try assigner.association(at: Coordinate(latitude: 58, longitude: 13.5)) == nil)
    }
}
