import Geometry

/// Delivery points by address and place, to find a point's twin: one with the same
/// address closer than `OSMExtract.duplicateRadiusMeters`. Points are kept by address
/// and in cells of about 0.01° (≥ 600 m, more than the radius), so that a common
/// address ("Storgatan 1" in every town) is compared only with the points near it.
/// Street and number group them; postcode and city must agree only where both have one
/// (an address node without a postcode and a shop with one are the same door).
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
        address.matchKey.streetAndNumber
    }

    private static func agree(_ a: Address, _ b: Address) -> Bool {
        guard a.matchKey.agrees(with: b.matchKey) else { return false }
        guard let x = a.city, let y = b.city else { return true }
        return Address.fold(x) == Address.fold(y)
    }

    mutating func insert(_ point: DeliveryPoint) {
        kept[Self.group(point.address), default: [:]][Cell(point.coordinate), default: []].append(point)
    }

    mutating func remove(_ point: DeliveryPoint) {
        kept[Self.group(point.address)]?[Cell(point.coordinate)]?.removeAll { $0.key == point.key }
    }

    func twin(of point: DeliveryPoint) -> DeliveryPoint? {
        // Nothing kept (the first file of a district): no address to fold.
        guard !kept.isEmpty, let cells = kept[Self.group(point.address)] else { return nil }
        for dy in -1...1 {
            for dx in -1...1 {
                let near = cells[Cell(point.coordinate, dy: dy, dx: dx)] ?? []
                if let twin = near.first(where: {
                    Self.agree($0.address, point.address) && greatCircleMeters($0.coordinate, point.coordinate) < OSMExtract.duplicateRadiusMeters
                }) {
                    return twin
                }
            }
        }
        return nil
    }
}
