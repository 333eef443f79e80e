import Foundation
import Households
import Store

/// An estimated household count too large to trust without a look: the address, the count,
/// and what it was worked out from, so someone can check it against the map or a register.
public struct EstimateCheck: Sendable, Codable, Equatable {
    public var key: String
    public var address: String
    public var association: String?
    public var households: Int
    public var rule: String
    public var buildingType: String?
    public var footprintSquareMeters: Double?
    /// Nil where the building has no levels mapped (the default was assumed).
    public var levels: Double?
}

extension District {
    /// Estimated points with more households than `households.checkAbove`, largest first.
    public func estimatesToCheck() throws -> [EstimateCheck] {
        let (points, buildings) = try existingStore().read { tx in (try tx.points(), try tx.buildings()) }
        return Self.estimatesToCheck(points, buildings: buildings, above: config.households.checkAbove)
    }

    static func estimatesToCheck(_ points: [StoreTransaction.StoredPoint], buildings: [Building], above limit: Int) -> [EstimateCheck] {
        let buildingOf = Dictionary(buildings.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        return points.filter { $0.count.source == .estimated && $0.count.households > limit }
            .sorted { (-$0.count.households, $0.point.key) < (-$1.count.households, $1.point.key) }
            .map { p in
                let building = p.point.buildingKey.flatMap { buildingOf[$0] }
                return EstimateCheck(
                    key: p.point.key, address: p.point.address.line, association: p.association, households: p.count.households, rule: p.count.rule,
                    buildingType: building?.type, footprintSquareMeters: building.map { ($0.footprintSquareMeters).rounded() }, levels: building?.levels)
            }
    }
}
