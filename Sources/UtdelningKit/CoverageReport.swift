import Foundation
import Households
import Planner
import Store

extension District {
    /// Coverage now, per association and for the district, with the daily series and the
    /// forecast against the deadline in the configuration.
    public func coverage(since: String? = nil, today: Date = Date()) throws -> Coverage {
        if let since, !DistrictConfig.isDate(since) {
            throw ArgumentError("--since '\(since)' is not a date (YYYY-MM-DD)")
        }
        let (points, areas, records, assignments, names, hasBoundaries) = try existingStore().read { tx in
            (try tx.points(), try tx.areas(), try tx.deliveries(), try tx.assignments(), try tx.associationNames(), try tx.hasBoundaries())
        }
        try config.checkAssociations(known: hasBoundaries ? names : [])
        let assigned = Set(assignments.map(\.areaID))
        let contacts = Dictionary(config.associations.compactMap { a in a.contact.map { (a.name, $0) } }, uniquingKeysWith: { a, _ in a })
        return Coverage(
            points: points.compactMap { p in p.association.map { Coverage.Point(key: p.point.key, association: $0, households: p.count.households) } },
            areas: areas.map { Coverage.Area(id: $0.id, association: $0.association, route: $0.route, assigned: assigned.contains($0.id)) },
            records: records, contacts: contacts, deadline: config.district.deadline, today: Self.day(today), since: since, associations: names)
    }
}
