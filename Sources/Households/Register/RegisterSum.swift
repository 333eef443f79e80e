/// Register rows for one address summed into one row. Registers often list one row
/// per flat or repeat an entrance; each row is households that live there, so they
/// add up rather than replace each other.
public enum RegisterSum {
    /// Rows with the same street and number (normalised) and postcode are one address;
    /// a row without a postcode joins the address's only postcode in the file. Rows
    /// without an address are one when their positions are. The summed row keeps the
    /// first row's line and position, in file order.
    /// - Returns: the summed rows and how many rows were folded into an earlier one.
    public static func summed(_ rows: [RegisterRow]) -> (rows: [RegisterRow], merged: Int) {
        var postcodes: [String: Set<String>] = [:]
        for row in rows {
            if let key = row.address?.matchKey, let postcode = key.postcode { postcodes[key.streetAndNumber, default: []].insert(postcode) }
        }
        func identity(_ row: RegisterRow) -> String {
            guard let key = row.address?.matchKey else { return row.key }
            let known = postcodes[key.streetAndNumber].flatMap { $0.count == 1 ? $0.first : nil }
            return "address:\(key.streetAndNumber)|\(key.postcode ?? known ?? "")"
        }
        var order: [String] = []
        var byIdentity: [String: RegisterRow] = [:]
        for row in rows {
            let id = identity(row)
            guard let first = byIdentity[id] else {
                order.append(id)
                byIdentity[id] = row
                continue
            }
            // The spelling with a postcode names the address best.
            let address = first.address?.postcode == nil && row.address?.postcode != nil ? row.address : first.address
            byIdentity[id] = RegisterRow(
                line: first.line, address: address, coordinate: first.coordinate, households: first.households + row.households)
        }
        return (order.compactMap { byIdentity[$0] }, rows.count - order.count)
    }
}
