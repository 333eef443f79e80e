import Households

/// The streets of a route in walking order with their number ranges, as a sheet
/// prints them: "Storgatan 1–23 (udda), 2–18 (jämna)".
public enum StreetRanges {
    /// - Parameters: odd, even: the words for the sides, Swedish unless a sheet asks for English.
    public static func summary(_ addresses: [Address], odd: String = "udda", even: String = "jämna") -> [String] {
        var order: [String] = []
        var numbers: [String: [String]] = [:]
        for address in addresses where !address.street.isEmpty {
            if numbers[address.street] == nil { order.append(address.street) }
            numbers[address.street, default: []].append(address.houseNumber)
        }
        return order.map { street in street + " " + ranges(numbers[street] ?? [], odd: odd, even: even) }
    }

    /// Odd and even numbers as ranges by their leading digits; numbers without digits listed as they
    /// are, none for a house the map gives no number.
    static func ranges(_ numbers: [String], odd oddWord: String = "udda", even evenWord: String = "jämna") -> String {
        let leading = numbers.map { n in (n, Int(n.prefix { $0.isNumber })) }
        let odd = leading.compactMap { $0.1 }.filter { $0 % 2 == 1 }
        let even = leading.compactMap { $0.1 }.filter { $0 % 2 == 0 }
        var parts: [String] = []
        func range(_ values: [Int], _ side: String) {
            guard let low = values.min(), let high = values.max() else { return }
            parts.append((low == high ? "\(low)" : "\(low)–\(high)") + " (\(side))")
        }
        range(odd, oddWord)
        range(even, evenWord)
        parts += leading.filter { $0.1 == nil && !$0.0.isEmpty }.map(\.0)
        return parts.joined(separator: ", ")
    }
}
