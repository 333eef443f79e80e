import Foundation
import Geometry
import TestSupport
import Testing

@testable import Households

/// Hand-made extracts: a street with buildings beside it, drawn in metres east and north of
/// a corner of Karlstad and written as OSM XML.
struct HomesWithoutAddressTests {
    /// An OSM file under construction.
    struct Sketch {
        let projection = LocalProjection(origin: Coordinate(latitude: 59.38, longitude: 13.50))
        var nodes: [String] = []
        var ways: [String] = []
        var nextID = 1

        mutating func node(_ x: Double, _ y: Double, tags: [String: String] = [:]) -> Int {
            defer { nextID += 1 }
            let c = projection.unproject(PlanarPoint(x: x, y: y))
            nodes.append("<node id='\(nextID)' lat='\(c.latitude)' lon='\(c.longitude)'>\(Self.tagLines(tags))</node>")
            return nextID
        }

        /// A way through the points; its id is returned.
        @discardableResult
        mutating func way(_ points: [(Double, Double)], closed: Bool = false, tags: [String: String]) -> Int {
            var ids = points.map { node($0.0, $0.1) }
            if closed, let first = ids.first { ids.append(first) }
            defer { nextID += 1 }
            ways.append("<way id='\(nextID)'>" + ids.map { "<nd ref='\($0)'/>" }.joined() + Self.tagLines(tags) + "</way>")
            return nextID
        }

        /// A square building of `side` metres around (x, y).
        @discardableResult
        mutating func building(at x: Double, _ y: Double, side: Double = 10, tags: [String: String]) -> String {
            let h = side / 2
            return "w\(way([(x - h, y - h), (x + h, y - h), (x + h, y + h), (x - h, y + h)], closed: true, tags: tags))"
        }

        static func tagLines(_ tags: [String: String]) -> String {
            tags.sorted { $0.key < $1.key }.map { "<tag k='\($0.key)' v='\($0.value)'/>" }.joined()
        }

        func read(rules: HouseholdRules = HouseholdRules()) throws -> OSMExtract {
            let xml = "<osm version='0.6'>\n" + (nodes + ways).joined(separator: "\n") + "\n</osm>\n"
            return try OSMExtract.read(path: Fixtures.file("sketch.osm", xml), rules: rules)
        }

        func meters(_ c: Coordinate) -> PlanarPoint { projection.project(c) }
    }

    /// Storgatan runs east along y = 0; an unnamed service road along y = 100.
    func street() -> Sketch {
        var sketch = Sketch()
        sketch.way([(-200, 0), (200, 0)], tags: ["highway": "residential", "name": "Storgatan"])
        sketch.way([(-200, 100), (200, 100)], tags: ["highway": "service"])
        return sketch
    }

    @Test func aHouseWithoutAnAddressBecomesOnePointOnItsStreetWithTheStreetsName() throws {
        var sketch = street()
        let house = sketch.building(at: 0, 30, tags: ["building": "house"])
        let extract = try sketch.read()

        #expect(extract.points.count == 1)
        let point = try #require(extract.points.first)
        #expect(point.key.rawValue == house && point.buildingKey == house)
        #expect(point.address.street == "Storgatan" && point.address.houseNumber.isEmpty)
        #expect(point.withoutAddress == "building=house")
        // Beside the street, on the house's side: where its letterbox would be.
        let at = sketch.meters(point.coordinate)
        #expect(abs(at.x) < 0.5 && abs(at.y - 5) < 0.5)
        #expect(extract.withoutAddress.byRule == ["building=house": 1])
        #expect(extract.addressPoints.isEmpty)
    }

    @Test func aGarageOrAShedWithoutAnAddressIsNoHome() throws {
        var sketch = street()
        sketch.building(at: 0, 30, tags: ["building": "garage"])
        sketch.building(at: 30, 30, tags: ["building": "shed"])
        // A building=yes of a shed's size, among three houses with addresses.
        for x in [-60.0, -40, -20] {
            sketch.building(at: x, 20, tags: ["building": "house", "addr:street": "Storgatan", "addr:housenumber": "\(Int(-x))"])
        }
        sketch.building(at: 60, 20, side: 5, tags: ["building": "yes"])
        let extract = try sketch.read()
        #expect(extract.points.filter { $0.withoutAddress != nil }.isEmpty)
        #expect(extract.addressPoints.count == 3)
    }

    @Test func aHouseWithAnAddressNodeInsideGivesNoExtraPoint() throws {
        var sketch = street()
        sketch.building(at: 0, 30, tags: ["building": "house"])
        _ = sketch.node(1, 28, tags: ["addr:street": "Storgatan", "addr:housenumber": "4"])
        // An entrance on the outline counts as on the building too.
        sketch.building(at: 40, 30, tags: ["building": "house"])
        _ = sketch.node(40, 25, tags: ["addr:street": "Storgatan", "addr:housenumber": "6"])
        let extract = try sketch.read()
        #expect(extract.points.map(\.address.line).sorted() == ["Storgatan 4", "Storgatan 6"])
        #expect(extract.withoutAddress.points == 0)
    }

    @Test func aBuildingYesAmongHomesInResidentialLandIsAHomeWithItsEvidence() throws {
        var sketch = street()
        sketch.way([(-150, 1), (150, 1), (150, 90), (-150, 90)], closed: true, tags: ["landuse": "residential"])
        for x in [-45.0, -30, -15] {
            sketch.building(at: x, 20, tags: ["building": "house", "addr:street": "Storgatan", "addr:housenumber": "\(Int(-x))"])
        }
        let yes = sketch.building(at: 0, 20, tags: ["building": "yes"])
        // The same kind of building behind it, two levels even, is its garage, seen from the street.
        sketch.building(at: 0, 40, tags: ["building": "yes", "building:levels": "2"])
        let extract = try sketch.read()

        let homes = extract.points.filter { $0.withoutAddress != nil }
        #expect(homes.map(\.key.rawValue) == [yes])
        #expect(homes.first?.withoutAddress == "building=yes, 100 m²: residential landuse, 4 homes or house-sized buildings within 50 m")
        #expect(extract.withoutAddress.behindAnotherBuilding == 1)

        // Asked for all three kinds of evidence, there is not enough.
        var rules = HouseholdRules()
        rules.withoutAddress.evidenceNeeded = 3
        #expect(try sketch.read(rules: rules).withoutAddress.points == 0)
    }

    @Test func aHomeFarFromEveryNamedStreetIsCountedAndLeftOut() throws {
        var sketch = Sketch()
        sketch.way([(-200, 0), (200, 0)], tags: ["highway": "residential", "name": "Storgatan"])
        let farm = sketch.building(at: 0, 400, side: 15, tags: ["building": "farm"])
        let extract = try sketch.read()
        #expect(extract.points.isEmpty)
        #expect(extract.withoutAddress.withoutStreet == 1 && extract.withoutAddress.withoutStreetExamples == [farm])

        var rules = HouseholdRules()
        rules.withoutAddress.streetMeters = 500
        #expect(try sketch.read(rules: rules).points.map(\.key.rawValue) == [farm])
        rules.withoutAddress.enabled = false
        #expect(try sketch.read(rules: rules).points.isEmpty)
    }

    @Test func allotmentHutsAreNoHomes() throws {
        var sketch = street()
        sketch.way([(-100, 10), (100, 10), (100, 90), (-100, 90)], closed: true, tags: ["landuse": "allotments"])
        sketch.building(at: 0, 30, side: 6, tags: ["building": "bungalow"])
        sketch.building(at: 20, 30, side: 8, tags: ["building": "bungalow"])
        #expect(try sketch.read().points.isEmpty)
    }
}
