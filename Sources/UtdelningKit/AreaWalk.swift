import Foundation
import Geometry
import Households
import Planner
import Store
import Vocabulary

/// One area as a volunteer walks it: the current sheet's stops in walking order with what was
/// reported at each, and how far the walk has come. The phone page shows these values.
public struct AreaWalk: Sendable, Equatable {
    public struct Stop: Sendable, Equatable {
        public enum State: Sendable, Equatable {
            case open
            case delivered
            case skipped(DeliveryRecord.Reason)
        }

        /// The number on the sheet, from 1.
        public var number: Int
        public var address: String
        /// Households on the sheet: one paper each.
        public var papers: Int
        public var state: State
        public var position: Coordinate?
        /// Reports and undos at this door so far. A page's forms take it into their report
        /// id, so the same form sent twice counts once, and the next change gets a new id.
        public var changes: Int
    }

    public var area: AreaID
    public var association: String
    /// The sheet version the stop numbers belong to; reports carry it back.
    public var version: Int
    public var stops: [Stop]
    /// Households on the sheet, and those whose door reports a delivery.
    public var households: Int
    public var householdsDone: Int
    public var minutes: Minutes
    /// The plan's minutes for the stops with no report yet, in proportion to their number.
    public var minutesLeft: Minutes
    /// The route along the streets and the ground within 30 m of it; empty unless asked for.
    public var line: [Coordinate]
    public var outline: MultiPolygonShape
    /// The streets of the map around the area (any way with a point within `streetMarginMeters`
    /// of the route), so the phone's map shows where the route turns off; empty unless asked for.
    public var streets: [[Coordinate]] = []

    /// The first stop with no report: where the volunteer goes next.
    public var nextStop: Int? { stops.first { $0.state == .open }?.number }
}

extension District {
    /// The areas as their volunteer sees them, in the order given; without lines, for a list.
    public func areaWalks(_ ids: [AreaID]) throws -> [AreaWalk] {
        try walks(ids, shapes: false)
    }

    /// One area with its route line and outline, for its page and map.
    public func areaWalk(_ id: AreaID) throws -> AreaWalk {
        guard let walk = try walks([id], shapes: true).first else { throw DistrictError.noArea(id) }
        return walk
    }

    private func walks(_ ids: [AreaID], shapes: Bool) throws -> [AreaWalk] {
        let (areas, sheets, points, records, drawn) = try existingStore().read { tx in
            let areas = try ids.map { id in
                guard let area = try tx.area(id: id) else { throw DistrictError.noArea(id) }
                return area
            }
            let sheets = try areas.map { try tx.sheetStops(area: $0.id, version: $0.version) ?? [] }
            // Only the doors on these sheets: a phone's page must not read the whole district.
            let keys = sheets.flatMap { $0.map(\.pointKey) } + areas.flatMap(\.route)
            let points = try tx.points(keys: keys)
            let records = try tx.deliveries(pointKeys: keys)
            let drawn = shapes ? try drawings(areas, positions: Dictionary(points.map { ($0.point.key, $0.point.coordinate) }, uniquingKeysWith: { a, _ in a }), tx: tx) : [:]
            return (areas, sheets, points, records, drawn)
        }
        let byKey = Dictionary(points.map { ($0.point.key, $0.point) }, uniquingKeysWith: { a, _ in a })
        let standings = DeliveryState.standings(records)
        let changes = records.reduce(into: [PointKey: Int]()) { count, r in count[r.pointKey, default: 0] += r.undone ? 2 : 1 }
        return zip(areas, sheets).map { area, sheet in
            let stops = sheet.enumerated().map { i, printed in
                let state: AreaWalk.Stop.State = switch standings[printed.pointKey] {
                case .none: .open
                case .some(let s) where s.outcome == .delivered: .delivered
                case .some(let s): .skipped(s.reason ?? .notFound)
                }
                let point = byKey[printed.pointKey]
                return AreaWalk.Stop(
                    number: i + 1, address: point?.address.line ?? printed.pointKey.rawValue, papers: printed.households, state: state, position: point?.coordinate,
                    changes: changes[printed.pointKey] ?? 0)
            }
            let open = stops.filter { $0.state == .open }.count
            let shape = drawn[area.id]
            return AreaWalk(
                area: area.id, association: area.association, version: area.version, stops: stops,
                households: stops.reduce(0) { $0 + $1.papers }, householdsDone: stops.filter { $0.state == .delivered }.reduce(0) { $0 + $1.papers },
                minutes: area.time, minutesLeft: stops.isEmpty ? 0 : Minutes(area.time.value * Double(open) / Double(stops.count)),
                line: shape?.line ?? [], outline: shape?.outline ?? MultiPolygonShape(polygons: []), streets: shape?.streets ?? [])
        }
    }

    /// The areas' lines, outlines and streets around, from the cache where drawn before under
    /// the same map; the map's ways are read, and its street graph built, only for the rest.
    private func drawings(_ areas: [StoredArea], positions: [PointKey: Coordinate], tx: StoreTransaction) throws -> [AreaID: AreaShapeCache.Shapes] {
        let mapImports = try tx.datasets().filter { $0.kind == .osm }.map { "\($0.id) \($0.bytes) \($0.report)" }.joined(separator: "\n")
        let keys = areas.map { AreaShapeCache.key(area: $0.id, version: $0.version, route: $0.route.compactMap { positions[$0] }, mapImports: mapImports) }
        var found: [AreaID: AreaShapeCache.Shapes] = [:]
        var missing: [StoredArea] = []
        for (area, key) in zip(areas, keys) {
            if let kept = shapeCache.shapes(key) { found[area.id] = kept } else { missing.append(area) }
        }
        guard !missing.isEmpty else { return found }
        let ways = try tx.mapWays()
        let drawn = try AreaShapes(areas: missing, position: positions, ways: ways, walking: config.walking, outlines: true)
        for (area, key) in zip(areas, keys) where found[area.id] == nil {
            let line = drawn.lines[area.id] ?? []
            let shapes = AreaShapeCache.Shapes(
                line: line, outline: drawn.outlines[area.id] ?? MultiPolygonShape(polygons: []), streets: Self.streets(around: line, ways))
            shapeCache.keep(shapes, under: key)
            found[area.id] = shapes
        }
        return found
    }

    static let streetMarginMeters = 150.0

    /// The street lines with a point in the route's box widened by the margin, in map order.
    static func streets(around line: [Coordinate], _ ways: [MapWay]) -> [[Coordinate]] {
        guard let first = line.first else { return [] }
        let latitudes = line.map(\.latitude), longitudes = line.map(\.longitude)
        let marginLatitude = streetMarginMeters / 111_320
        let marginLongitude = streetMarginMeters / (111_320 * max(0.1, cos(first.latitude * .pi / 180)))
        let south = (latitudes.min() ?? 0) - marginLatitude, north = (latitudes.max() ?? 0) + marginLatitude
        let west = (longitudes.min() ?? 0) - marginLongitude, east = (longitudes.max() ?? 0) + marginLongitude
        return ways.filter { way in
            way.category == .highway && way.coordinates.contains { $0.latitude >= south && $0.latitude <= north && $0.longitude >= west && $0.longitude <= east }
        }.map(\.coordinates)
    }
}
