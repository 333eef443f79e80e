import Foundation

/// How counts are written wherever a person reads them: the terminal, error messages, sheets
/// and the board's report. One way on every machine, whatever its locale.
extension Int {
    /// "12 345": thousands grouped by a no-break space, as Swedish writes them and as SI does
    /// in any language, so the figure reads the same beside a decimal comma or a decimal point,
    /// and a line never breaks inside it.
    public var grouped: String {
        let digits = String(magnitude)
        var text = self < 0 ? "-" : ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { text.append("\u{00A0}") }
            text.append(digit)
        }
        return text
    }

    /// "1 area", "2 areas", "1 område", "12 345 hushåll": the count grouped, the word agreeing with it.
    public func counting(_ one: String, _ many: String) -> String {
        "\(grouped) \(self == 1 ? one : many)"
    }
}

extension Double {
    /// "7 028.5" (or "7 028,5" with a decimal comma): the whole part grouped as `Int.grouped`.
    public func grouped(decimals: Int, mark: String = ".") -> String {
        let text = String(format: "%.\(decimals)f", Swift.abs(self))
        let parts = text.split(separator: ".", maxSplits: 1)
        let whole = (parts.first.flatMap { Int($0) } ?? 0).grouped
        let sign = self < 0 && text.contains(where: { $0 != "0" && $0 != "." }) ? "-" : ""
        return sign + whole + (parts.count > 1 ? mark + parts[1] : "")
    }
}
