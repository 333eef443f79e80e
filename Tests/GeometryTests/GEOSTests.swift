import Testing

@testable import Geometry

struct GEOSTests {
    let geos: GEOSContext
    init() throws { geos = try GEOSContext() }

    /// 10 m × 20 m, as interleaved x, y.
    let rectangle: [Double] = [0, 0, 10, 0, 10, 20, 0, 20, 0, 0]

    @Test func areaOfARectangle() throws {
        #expect(try geos.polygon(rings: [rectangle]).area() == 200)
    }

    @Test func aHoleIsSubtractedFromTheArea() throws {
        let hole: [Double] = [2, 2, 4, 2, 4, 4, 2, 4, 2, 2]
        #expect(try geos.polygon(rings: [rectangle, hole]).area() == 196)
    }

    @Test func pointOnSurfaceOfAnLShapeIsInsideIt() throws {
        // ┌┐
        // │└──┐   the centroid (about 3.2, 3.2) lies outside the L
        // └───┘
        let l: [Double] = [0, 0, 10, 0, 10, 2, 2, 2, 2, 10, 0, 10, 0, 0]
        let polygon = try geos.polygon(rings: [l])
        let p = try polygon.pointOnSurface()
        #expect(try polygon.covers(geos.point(x: p.x, y: p.y)))
    }

    @Test func buildAreaTurnsRingsIntoAPolygonWithAHole() throws {
        let outer: [Double] = [0, 0, 10, 0, 10, 10, 0, 10, 0, 0]
        let inner: [Double] = [4, 4, 6, 4, 6, 6, 4, 6, 4, 4]
        let area = try geos.multiLineString([outer, inner]).buildArea()
        #expect(try area.area() == 96)
    }

    @Test func anUnclosedRingIsAnErrorNotACrash() throws {
        #expect(throws: GEOSError.self) { try geos.polygon(rings: [[0, 0, 1, 0, 1, 1, 0, 1]]) }
    }

    @Test func locatorFindsEveryCoveringPolygonBoundaryIncluded() throws {
        let left = try geos.polygon(rings: [[0, 0, 10, 0, 10, 10, 0, 10, 0, 0]])
        let right = try geos.polygon(rings: [[10, 0, 20, 0, 20, 10, 10, 10, 10, 0]])
        let small = try geos.polygon(rings: [[1, 1, 2, 1, 2, 2, 1, 2, 1, 1]])
        let locator = try PolygonLocator(context: geos, polygons: [left, right, small])
        #expect(try locator.covering(x: 5, y: 5) == [0])
        #expect(try locator.covering(x: 15, y: 5) == [1])
        #expect(try locator.covering(x: 10, y: 5) == [0, 1])
        #expect(try locator.covering(x: 1.5, y: 1.5) == [0, 2])
        #expect(try locator.covering(x: 30, y: 5) == [])
    }
}
