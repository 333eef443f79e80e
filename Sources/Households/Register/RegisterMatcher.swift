import Geometry
import Vocabulary

/// Decides which delivery point each register row speaks for: the point with the
/// same address (the nearest one, within `registerAddressRadiusMeters`), else the
/// nearest unmatched point within `registerMatchRadiusMeters` — but only when the row
/// or the point lacks a street and number: a row naming another address than the
/// point beside it is a new address (a new house next door), never that point.
/// A row matching nothing becomes a point of its own.
public struct RegisterMatcher: Sendable {
    public let rules: HouseholdRules

    public init(rules: HouseholdRules) {
        self.rules = rules
    }

    public struct Result: Sendable, Equatable {
        /// register row key → point key
        public var matched: [String: PointKey]
        /// keys of the matched rows that matched by address (the rest matched by position)
        public var byAddress: Set<String>
        /// rows that matched nothing, as points of their own
        public var newPoints: [DeliveryPoint]
    }

    public func match(rows: [RegisterRow], points: [DeliveryPoint]) -> Result {
        guard !rows.isEmpty else { return Result(matched: [:], byAddress: [], newPoints: []) }
        var pointsAt: [String: [DeliveryPoint]] = [:]
        for point in points { pointsAt[point.address.matchKey.streetAndNumber, default: []].append(point) }
        let grid = PointGrid(points: points, cellMeters: max(rules.registerMatchRadiusMeters, 1))
        var taken = Set<PointKey>()
        var matched: [String: PointKey] = [:]
        var byAddress = Set<String>()
        var newPoints: [DeliveryPoint] = []
        // Address matches first, so that a position match never steals an address's point.
        let sorted = rows.sorted { $0.key < $1.key }
        var unmatched: [RegisterRow] = []
        for row in sorted {
            guard let key = row.address?.matchKey else {
                unmatched.append(row)
                continue
            }
            let candidates = (pointsAt[key.streetAndNumber] ?? [])
                .filter { key.agrees(with: $0.address.matchKey) && !taken.contains($0.key) }
                .map { (point: $0, meters: greatCircleMeters($0.coordinate, row.coordinate)) }
                .filter { $0.meters <= rules.registerAddressRadiusMeters }
            if let best = candidates.min(by: { ($0.meters, $0.point.key) < ($1.meters, $1.point.key) }) {
                matched[row.key] = best.point.key
                byAddress.insert(row.key)
                taken.insert(best.point.key)
            } else {
                unmatched.append(row)
            }
        }
        for row in unmatched {
            let near = grid.near(row.coordinate, withinMeters: rules.registerMatchRadiusMeters).filter {
                !taken.contains($0.point.key) && !(row.address?.hasStreetAndNumber == true && $0.point.address.hasStreetAndNumber)
            }
            if let best = near.min(by: { ($0.meters, $0.point.key) < ($1.meters, $1.point.key) }) {
                matched[row.key] = best.point.key
                taken.insert(best.point.key)
            } else {
                let address = row.address ?? Address(street: "", houseNumber: "")
                newPoints.append(DeliveryPoint(key: PointKey("register:" + row.key), address: address, coordinate: row.coordinate))
            }
        }
        return Result(matched: matched, byAddress: byAddress, newPoints: newPoints)
    }
}

/// Points bucketed in a square grid of metres, for "what is within r metres" queries.
struct PointGrid {
    private let projection: LocalProjection
    private let cellMeters: Double
    private var cells: [Cell: [DeliveryPoint]] = [:]

    private struct Cell: Hashable {
        let x: Int
        let y: Int
    }

    init(points: [DeliveryPoint], cellMeters: Double) {
        projection = LocalProjection(origin: BoundingBox(points.map(\.coordinate))?.center ?? Coordinate(latitude: 0, longitude: 0))
        self.cellMeters = cellMeters
        for point in points { cells[cell(point.coordinate), default: []].append(point) }
    }

    private func cell(_ c: Coordinate) -> Cell {
        let p = projection.project(c)
        return Cell(x: Int((p.x / cellMeters).rounded(.down)), y: Int((p.y / cellMeters).rounded(.down)))
    }

    func near(_ c: Coordinate, withinMeters radius: Double) -> [(point: DeliveryPoint, meters: Double)] {
        let center = cell(c)
        let reach = Int((radius / cellMeters).rounded(.up))
        var result: [(point: DeliveryPoint, meters: Double)] = []
        for dx in -reach...reach {
            for dy in -reach...reach {
                for point in cells[Cell(x: center.x + dx, y: center.y + dy)] ?? [] {
                    let meters = greatCircleMeters(point.coordinate, c)
                    if meters <= radius { result.append((point, meters)) }
                }
            }
        }
        return result
    }
}
