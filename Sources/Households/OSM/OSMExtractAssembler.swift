import Foundation
import Geometry

/// Turns collected raw objects into points, buildings and map lines: resolves node
/// positions, measures footprints, finds the building each address is on, and
/// merges duplicate addresses.
struct OSMExtractAssembler {
    let collector: OSMCollector
    let geos: GEOSContext
    let rules: HouseholdRules
    var skipped = SkipReport()
    private var brokenBuildings = 0
    /// Every way a multipolygon may use (tagged, then untagged, as read): id → its place in
    /// that order and its node refs. One lookup per member instead of a pass over all ways
    /// per relation (measured: a tenth of the extract on Neubrandenburg).
    private let memberWays: [Int64: (order: Int, refs: Range<Int>)]

    init(_ collector: OSMCollector, rules: HouseholdRules = HouseholdRules()) throws {
        collector.nodes.prepareForLookup()
        collector.keepLastCopies()
        let all = collector.ways.map { ($0.id, $0.refs) } + collector.untaggedWays.map { ($0.id, $0.refs) }
        memberWays = Dictionary(all.enumerated().map { ($1.0, (order: $0, refs: $1.1)) }, uniquingKeysWith: { first, _ in first })
        self.collector = collector
        self.rules = rules
        geos = try GEOSContext()
    }

    mutating func assemble() throws -> OSMExtract {
        var (buildings, shapes) = try makeBuildings()
        let locator = try PolygonLocator(context: geos, polygons: shapes)
        var candidates: [Candidate] = []
        for node in collector.addressNodes {
            let inside = try locator.covering(node.coordinate).min { buildings[$0].footprintSquareMeters < buildings[$1].footprintSquareMeters }
            candidates.append(Candidate(type: 0, id: node.id, tags: node.address, coordinate: node.coordinate, buildingKey: inside.map { buildings[$0].key }))
        }
        let buildingIndex = Dictionary(buildings.enumerated().map { ($1.key, $0) }, uniquingKeysWith: { a, _ in a })
        for way in collector.ways {
            guard let tags = way.address else { continue }
            let key = "w\(way.id)"
            if let index = buildingIndex[key] {
                candidates.append(Candidate(type: 1, id: way.id, tags: tags, coordinate: buildings[index].center, buildingKey: key))
            } else if let point = try representativePoint(ofWayRefs: way.refs) {
                candidates.append(Candidate(type: 1, id: way.id, tags: tags, coordinate: point, buildingKey: nil))
            } else {
                skipped.add(.brokenGeometry, "way \(way.id)")
            }
        }
        for relation in collector.relations {
            guard let tags = relation.address else { continue }
            let key = "r\(relation.id)"
            if let index = buildingIndex[key] {
                candidates.append(Candidate(type: 2, id: relation.id, tags: tags, coordinate: buildings[index].center, buildingKey: key))
            } else if let area = try relationArea(relation), let point = try? area.pointOnSurface() {
                candidates.append(Candidate(type: 2, id: relation.id, tags: tags, coordinate: Coordinate(latitude: point.y, longitude: point.x), buildingKey: nil))
            } else {
                skipped.add(.brokenGeometry, "relation \(relation.id)")
            }
        }
        try markLandUse(&buildings)
        markDoors(candidates, buildings: &buildings)
        let points = mergeDuplicates(candidates, buildings: &buildings)
        let (mapWays, brokenMapWays) = makeMapWays()
        let homes = try homesWithoutAddress(buildings: buildings, locator: locator, addresses: candidates.map(\.coordinate), mapWays: mapWays)
        return OSMExtract(
            points: points + homes.points, withoutAddress: homes.tally, buildings: buildings, mapWays: mapWays, skipped: skipped,
            brokenBuildings: brokenBuildings, brokenMapWays: brokenMapWays,
            addressObjects: collector.addressNodes.count + collector.ways.filter { $0.address != nil }.count
                + collector.relations.filter { $0.address != nil }.count,
            objectCounts: .init(nodes: collector.counts.nodes, ways: collector.counts.ways, relations: collector.counts.relations))
    }

    // MARK: Buildings

    private mutating func makeBuildings() throws -> ([Building], [GEOSGeometryHandle]) {
        var buildings: [Building] = []
        var shapes: [GEOSGeometryHandle] = []
        for way in collector.ways {
            guard let tags = way.building else { continue }
            guard let ring = closedRing(way.refs) else {
                brokenBuildings += 1
                continue
            }
            let polygon = try geos.polygon(rings: [ring])
            guard let building = try measure(polygon, key: "w\(way.id)", tags: tags) else { continue }
            buildings.append(building)
            shapes.append(polygon)
        }
        for relation in collector.relations {
            guard let tags = relation.building else { continue }
            guard let area = try relationArea(relation), let building = try measure(area, key: "r\(relation.id)", tags: tags) else {
                brokenBuildings += 1
                continue
            }
            buildings.append(building)
            shapes.append(area)
        }
        return (buildings, shapes)
    }

    /// Footprint in m² and a point inside; nil (and counted broken) for a degenerate ring.
    private mutating func measure(_ polygon: GEOSGeometryHandle, key: String, tags: OSMCollector.BuildingTags) throws -> Building? {
        let valid = try polygon.isValid() ? polygon : try polygon.makeValid()
        guard let inside = try? valid.pointOnSurface() else {
            brokenBuildings += 1
            return nil
        }
        let center = Coordinate(latitude: inside.y, longitude: inside.x)
        // Degrees² to m² at the building's own latitude: exact enough for a footprint.
        let metersPerDegree = earthRadiusMeters * Double.pi / 180
        let squareMeters = try valid.area() * metersPerDegree * metersPerDegree * cos(center.latitude * Double.pi / 180)
        return Building(
            key: key, type: tags.type, levels: tags.levels.flatMap(Self.parseNumber),
            flats: tags.flats.flatMap(Self.parseFlats),
            footprintSquareMeters: squareMeters, center: center, use: tags.use)
    }

    /// The most `building:flats` a building is taken to have: as many as an address of the
    /// register may hold. More (9223372036854775807 overflowed the households' sums, exit 132,
    /// found by fuzz.py) is read as no number, like a negative one: the building is estimated.
    static let mostFlats = RegisterFile.mostHouseholds

    /// `building:flats`: a whole number from 0 to `mostFlats`, else nil.
    static func parseFlats(_ text: String) -> Int? {
        Int(text.trimmingCharacters(in: .whitespaces)).flatMap { (0...mostFlats).contains($0) ? $0 : nil }
    }

    /// "3", "3.5" or "3,5"; nil for ranges and lists like "3-5" or "3;4".
    static func parseNumber(_ text: String) -> Double? {
        Double(text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: ".")).flatMap { $0 >= 0 ? $0 : nil }
    }

    /// The ring of a closed way as interleaved lon/lat, or nil when a node is missing or it does not close.
    func closedRing(_ refs: Range<Int>) -> [Double]? {
        guard refs.count >= 4, collector.wayRefs[refs.first ?? 0] == collector.wayRefs[refs.last ?? 0] else { return nil }
        var xy: [Double] = []
        xy.reserveCapacity(refs.count * 2)
        for i in refs {
            guard let c = collector.nodes.coordinate(of: collector.wayRefs[i]) else { return nil }
            xy.append(c.longitude)
            xy.append(c.latitude)
        }
        return xy
    }

    /// A multipolygon's area built from its member ways (outer and inner rings alike).
    func relationArea(_ relation: OSMCollector.Relation) throws -> GEOSGeometryHandle? {
        // Each member way once, in the order the ways were read.
        let members = Set(relation.memberWays).compactMap { memberWays[$0] }.sorted { $0.order < $1.order }
        var lines: [[Double]] = []
        for (_, refs) in members {
            var xy: [Double] = []
            xy.reserveCapacity(refs.count * 2)
            for i in refs {
                guard let c = collector.nodes.coordinate(of: collector.wayRefs[i]) else { return nil }
                xy.append(c.longitude)
                xy.append(c.latitude)
            }
            guard xy.count >= 4 else { return nil }
            lines.append(xy)
        }
        guard !lines.isEmpty else { return nil }
        let area = try geos.multiLineString(lines).buildArea()
        return try area.isEmpty() ? nil : area
    }

    /// Inside a closed way, or the middle vertex of an open one.
    private func representativePoint(ofWayRefs refs: Range<Int>) throws -> Coordinate? {
        if let ring = closedRing(refs), let inside = try? geos.polygon(rings: [ring]).pointOnSurface() {
            return Coordinate(latitude: inside.y, longitude: inside.x)
        }
        let resolved = refs.compactMap { collector.nodes.coordinate(of: collector.wayRefs[$0]) }
        guard resolved.count == refs.count, !resolved.isEmpty else { return nil }
        return resolved[resolved.count / 2]
    }

    // MARK: Map lines

    private func makeMapWays() -> ([MapWay], Int) {
        var result: [MapWay] = []
        var broken = 0
        for way in collector.ways {
            guard let category = way.mapCategory else { continue }
            // A way cut at the extract's edge keeps the part that is inside.
            let coordinates = way.refs.compactMap { collector.nodes.coordinate(of: collector.wayRefs[$0]) }
            guard coordinates.count >= 2 else {
                broken += 1
                continue
            }
            result.append(MapWay(osmID: way.id, category: category, tags: way.mapTags, coordinates: coordinates))
        }
        return (result, broken)
    }
}
