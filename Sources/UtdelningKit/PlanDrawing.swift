import Foundation
import Geometry
import Households
import Planner
import Rendering
import Routing
import Store
import Vocabulary

/// The district's plan as map values: streets, area outlines, routes and stops projected
/// once onto one plane, from which each sheet's and each overview's scene is cut.
struct PlanDrawing {
    let areas: [StoredArea]
    let points: [PointKey: StoreTransaction.StoredPoint]
    let projection: LocalProjection
    let atlas: StreetAtlas
    let boxes: [AreaID: PlanarBox]
    let lines: [AreaID: [PlanarPoint]]
    let labelPoints: [AreaID: PlanarPoint]
    /// Stops the map's line reaches with no street (AreaShapes.offStreet).
    let offStreet: Set<PointKey>
    /// Names only: a sheet is shared, so no contact details reach the drawing.
    let volunteerName: [AreaID: String]
    let standings: [PointKey: DeliveryState.Standing]
    let householdsNow: [PointKey: Int]

    init(store: DistrictStore, walking: WalkingProfile) throws {
        let (points, areas, ways, assignments, people, records) = try store.read { tx in
            (try tx.points(), try tx.areas(), try tx.mapWays(), try tx.assignments(), try tx.volunteers(), try tx.deliveries())
        }
        standings = DeliveryState.standings(records)
        self.areas = areas
        let nameOf = Dictionary(uniqueKeysWithValues: people.map { ($0.id, $0.name) })
        volunteerName = Dictionary(uniqueKeysWithValues: assignments.compactMap { a in nameOf[a.volunteerID].map { (a.areaID, $0) } })
        self.points = Dictionary(uniqueKeysWithValues: points.map { ($0.point.key, $0) })
        householdsNow = self.points.mapValues(\.count.households)
        let origin = BoundingBox(points.map(\.point.coordinate))?.center ?? Coordinate(latitude: 0, longitude: 0)
        let projection = LocalProjection(origin: origin)
        self.projection = projection
        atlas = StreetAtlas(streets: ways.compactMap { way in
            Self.streetClass(way).map { MapScene.Street(points: way.coordinates.map(projection.project), streetClass: $0, name: way.tags["name"]) }
        })
        let position = Dictionary(uniqueKeysWithValues: points.map { ($0.point.key, $0.point.coordinate) })
        let shapes = try AreaShapes(areas: areas, position: position, ways: ways, walking: walking, outlines: false)
        offStreet = shapes.offStreet
        lines = shapes.lines.mapValues { $0.map(projection.project) }
        var boxes: [AreaID: PlanarBox] = [:]
        var labelPoints: [AreaID: PlanarPoint] = [:]
        for area in areas {
            boxes[area.id] = (lines[area.id].flatMap { PlanarBox(around: $0) })?.expanded(by: AreaShapes.outlineMeters)
            // The stop nearest the stops' middle: inside the area, unlike a centroid.
            let stops = area.route.compactMap { position[$0].map(projection.project) }
            if !stops.isEmpty {
                let mean = PlanarPoint(x: stops.map(\.x).reduce(0, +) / Double(stops.count), y: stops.map(\.y).reduce(0, +) / Double(stops.count))
                labelPoints[area.id] = stops.min { hypot($0.x - mean.x, $0.y - mean.y) < hypot($1.x - mean.x, $1.y - mean.y) }
            }
        }
        self.boxes = boxes
        self.labelPoints = labelPoints
    }

    func status(of area: StoredArea) -> MapScene.Status {
        let status = AreaStatus(area: area.id, route: area.route, assigned: volunteerName[area.id] != nil, standings: standings, householdsNow: householdsNow)
        return MapScene.Status(rawValue: status.rawValue) ?? .planned
    }

    /// How a way is drawn, or nil when it is not drawn.
    static func streetClass(_ way: MapWay) -> MapScene.StreetClass? {
        switch way.category {
        case .railway: return ["rail", "light_rail", "subway", "narrow_gauge", "tram"].contains(way.tags["railway"] ?? "") ? .railway : nil
        case .waterway: return .water
        case .highway:
            switch way.tags["highway"] ?? "" {
            case "motorway", "motorway_link", "trunk", "trunk_link", "primary", "primary_link", "secondary", "secondary_link", "tertiary", "tertiary_link":
                return .major
            case "residential", "living_street", "unclassified", "service", "road", "pedestrian": return .minor
            case "footway", "path", "cycleway", "steps", "track", "bridleway": return .path
            default: return nil
            }
        }
    }

    /// One area's sheet map: its outline, route and numbered stops, with the areas around it faint.
    func sheetScene(for area: StoredArea, preferredNames: Set<String>) -> MapScene {
        let stops = area.route.compactMap { points[$0].map { projection.project($0.point.coordinate) } }
        let own = boxes[area.id] ?? PlanarBox(around: stops) ?? PlanarBox(minX: 0, minY: 0, maxX: 1, maxY: 1)
        let view = own.expanded(by: max(40, 0.04 * max(own.width, own.height)))
        let neighbours = areas.filter { $0.id != area.id && (boxes[$0.id]?.intersects(view) ?? false) }
        let shapes = [shape(area, role: .focus)] + neighbours.map { shape($0, role: .neighbour) }
        return MapScene(
            view: view, streets: atlas.streets(in: view.expanded(by: max(view.width, view.height) * 0.4)), areas: shapes,
            route: MapScene.Route(line: lines[area.id] ?? stops, stops: stops), preferredNames: preferredNames)
    }

    /// Areas filled by status over the streets: an association's overview or the district map.
    func statusScene(for chosen: [StoredArea], status: (StoredArea) -> MapScene.Status) -> MapScene {
        let view = PlanarBox(around: chosen.compactMap { boxes[$0.id] }.flatMap { [PlanarPoint(x: $0.minX, y: $0.minY), PlanarPoint(x: $0.maxX, y: $0.maxY)] })
            ?? PlanarBox(minX: 0, minY: 0, maxX: 1, maxY: 1)
        let framed = view.expanded(by: max(100, 0.03 * max(view.width, view.height)))
        return MapScene(
            view: framed, streets: atlas.streets(in: framed.expanded(by: max(framed.width, framed.height) * 0.4)),
            areas: chosen.map { shape($0, role: .status(status($0))) })
    }

    private func shape(_ area: StoredArea, role: MapScene.Area.Role) -> MapScene.Area {
        MapScene.Area(
            id: area.id, label: "\(area.id)", corridor: lines[area.id] ?? [], corridorMeters: AreaShapes.outlineMeters,
            labelPoint: labelPoints[area.id] ?? PlanarPoint(x: 0, y: 0), role: role)
    }

    /// The areas in the order a stack of sheets should have: along a Hilbert curve, so
    /// that neighbouring areas lie near each other in the stack.
    func sheetOrder(_ chosen: [StoredArea]) -> [StoredArea] {
        HilbertCurve.order(chosen.map { labelPoints[$0.id] ?? PlanarPoint(x: 0, y: 0) }).map { chosen[$0] }
    }
}
