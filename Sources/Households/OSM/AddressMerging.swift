import Geometry
import Vocabulary

/// One delivery point per door: objects that repeat an address, and businesses that
/// stand at a home's door or in its building, are merged into the point they belong to.
extension OSMExtractAssembler {
    struct Candidate {
        /// 0 node, 1 way, 2 relation: the order in which duplicates are kept.
        let type: Int
        let id: Int64
        let tags: OSMCollector.AddressTags
        let coordinate: Coordinate
        let buildingKey: String?

        var key: PointKey { PointKey(["n", "w", "r"][type] + String(id)) }
        var description: String { ["node", "way", "relation"][type] + " \(id)" }
        /// A way or relation that is itself a building (its address is that building's).
        var isOwnBuilding: Bool { type != 0 && buildingKey == key.rawValue }
    }

    /// Keeps one point per address and place: among objects with the same address
    /// closer than `duplicateRadiusMeters`, a home wins over a business, the node
    /// (the entrance) over a way, a way over a relation, a lower id over a higher one.
    /// A business is merged into the home at its address or in its building; businesses
    /// never merge into each other by building (a block's shop doors may be all it has),
    /// only by address. A building whose own address is merged keeps the point it went
    /// to (`Building.addressMergedInto`), so its households are still counted there.
    mutating func mergeDuplicates(_ candidates: [Candidate], buildings: inout [Building]) -> [DeliveryPoint] {
        var twins = AddressTwins()
        var points: [DeliveryPoint] = []
        var homeOfBuilding: [String: PointKey] = [:]
        var mergedInto: [String: PointKey] = [:]
        let ordered = candidates.sorted {
            ($0.tags.use == nil ? 0 : 1, $0.type, $0.id) < ($1.tags.use == nil ? 0 : 1, $1.type, $1.id)
        }
        for candidate in ordered {
            guard let street = candidate.tags.street ?? candidate.tags.place else {
                skipped.add(.missingStreet, candidate.description)
                continue
            }
            let address = Address(street: street, houseNumber: candidate.tags.houseNumber, postcode: candidate.tags.postcode, city: candidate.tags.city)
            let point = DeliveryPoint(
                key: candidate.key, address: address, coordinate: candidate.coordinate, buildingKey: candidate.buildingKey, use: candidate.tags.use)
            let host = twins.twin(of: point)?.key
                ?? (point.isBusiness ? candidate.buildingKey.flatMap { homeOfBuilding[$0] } : nil)
            if let host {
                skipped.add(point.isBusiness ? .businessMerged : .duplicateAddress, "\(candidate.description) = \(host)")
                if candidate.isOwnBuilding { mergedInto[candidate.key.rawValue] = host }
                continue
            }
            twins.insert(point)
            points.append(point)
            if !point.isBusiness, let building = candidate.buildingKey, homeOfBuilding[building] == nil { homeOfBuilding[building] = point.key }
        }
        for i in buildings.indices {
            if let host = mergedInto[buildings[i].key] { buildings[i].addressMergedInto = host }
        }
        return points
    }
}
