import Geometry

/// One row of an address register: households at a position, optionally with its address.
public struct RegisterRow: Hashable, Sendable {
    /// Stable identity across re-imports: the address if it has one, else the position.
    public let key: String
    public let line: Int
    public var address: Address?
    public var coordinate: Coordinate
    public var households: Int

    public init(line: Int, address: Address?, coordinate: Coordinate, households: Int) {
        self.line = line
        self.address = address
        self.coordinate = coordinate
        self.households = households
        if let address {
            let k = address.matchKey
            key = "address:\(k.streetAndNumber)|\(k.postcode ?? "")|\(Address.fold(address.city ?? ""))"
        } else {
            key = "position:" + String(format: "%.6f,%.6f", coordinate.latitude, coordinate.longitude)
        }
    }
}
