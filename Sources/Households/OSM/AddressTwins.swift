import Geometry

/// Delivery points by address and place, to find a point's twin: one with the same
/// address closer than `OSMExtract.duplicateRadiusMeters`. Points are kept by address
/// and in cells of about 0.01° (≥ 600 m, more than the radius), so that a common
/// address ("Storgatan 1" in every town) is compared only with the points near it.
struct AddressTwins {
    private struct Cell: Hashable {
        let latitude: Int
        let longitude: Int

        init(_ c: Coordinate, dy: Int = 0, dx: Int = 0) {
            latitude = Int((c.latitude * 100).rounded(.down)) + dy
            longitude = Int((c.longitude * 100).rounded(.down)) + dx
        }
    }

    private var kept: [String: [Cell: [DeliveryPoint]]] = [:]

    init(_ points: [DeliveryPoint] = []) {
        for point in points { insert(point) }
    }

    private static func group(_ address: Address) -> String {
        [address.matchKey.streetAndNumber, address.matchKey.postcode ?? "", Address.fold(address.city ?? "")].joined(separator: "|")
    }

    mutating func insert(_ point: DeliveryPoint) {
        kept[Self.group(point.address), default: [:]][Cell(point.coordinate), default: []].append(point)
    }

    func twin(of point: DeliveryPoint) -> DeliveryPoint? {
        guard let cells = kept[Self.group(point.address)] else { return nil }
        for dy in -1...1 {
            for dx in -1...1 {
                let near = cells[Cell(point.coordinate, dy: dy, dx: dx)] ?? []
                if let twin = near.first(where: { greatCircleMeters($0.coordinate, point.coordinate) < OSMExtract.duplicateRadiusMeters }) {
                    return twin
                }
            }
        }
        return nil
    }
}

extension OSMExtract {
    /// Leaves out the points whose address another file already brought within the
    /// radius (a neighbouring extract's object at the same door): the stored point
    /// stays, with whatever areas and reports hang on it. Stored points with a key of
    /// this extract are the same objects, not twins.
    /// - Returns: how many points were left out.
    public mutating func dropTwins(of stored: [DeliveryPoint]) -> Int {
        let own = Set(points.map(\.key))
        let others = stored.filter { !own.contains($0.key) && $0.withoutAddress == nil }
        let twins = AddressTwins(others)
        // A house without an address has no address to repeat (street names alone are no twins),
        // but another file may hold an address on its building: then it is no house without one.
        let addressedBuildings = Set(others.compactMap(\.buildingKey))
        let before = points.count
        points = points.filter { point in
            if point.withoutAddress != nil { return !addressedBuildings.contains(point.buildingKey ?? "") }
            guard let twin = twins.twin(of: point) else { return true }
            skipped.add(.duplicateAddress, "\(point.key) = \(twin.key) from another dataset")
            return false
        }
        return before - points.count
    }
}
