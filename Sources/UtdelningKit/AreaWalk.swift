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
        let (areas, sheets, points, records, ways) = try existingStore().read { tx in
            let areas = try ids.map { id in
                guard let area = try tx.area(id: id) else { throw DistrictError.noArea(id) }
                return area
            }
            let sheets = try areas.map { try tx.sheetStops(area: $0.id, version: $0.version) ?? [] }
            // Only the doors on these sheets: a phone's page must not read the whole district.
            let keys = sheets.flatMap { $0.map(\.pointKey) } + areas.flatMap(\.route)
            return (areas, sheets, try tx.points(keys: keys), try tx.deliveries(pointKeys: keys), shapes ? try tx.mapWays() : [])
        }
        let byKey = Dictionary(points.map { ($0.point.key, $0.point) }, uniquingKeysWith: { a, _ in a })
        let standings = DeliveryState.standings(records)
        let changes = records.reduce(into: [PointKey: Int]()) { count, r in count[r.pointKey, default: 0] += r.undone ? 2 : 1 }
        let drawn = shapes
            ? try AreaShapes(areas: areas, position: byKey.mapValues(\.coordinate), ways: ways, walking: config.walking, outlines: true) : nil
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
            return AreaWalk(
                area: area.id, association: area.association, version: area.version, stops: stops,
                households: stops.reduce(0) { $0 + $1.papers }, householdsDone: stops.filter { $0.state == .delivered }.reduce(0) { $0 + $1.papers },
                minutes: area.time, minutesLeft: stops.isEmpty ? 0 : Minutes(area.time.value * Double(open) / Double(stops.count)),
                line: drawn?.lines[area.id] ?? [], outline: drawn?.outlines[area.id] ?? MultiPolygonShape(polygons: []),
                streets: shapes ? Self.streets(around: drawn?.lines[area.id] ?? [], ways) : [])
        }
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
