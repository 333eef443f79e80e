/// Names read from files are text alone: a terminal's escape (ESC [31m), a bell or a NUL in a
/// volunteer's or an association's name would act on the screen of whoever lists it, and XML
/// (GPX, SVG) cannot carry it. Such a name is refused where it is read, never echoed.
public enum ControlCharacters {
    /// The first control character of `text` (general category Cc: U+0000–U+001F and
    /// U+007F–U+009F, tabs and line breaks too), as "U+001B"; nil when there is none.
    public static func first(in text: String) -> String? {
        guard let scalar = text.unicodeScalars.first(where: { $0.properties.generalCategory == .control }) else { return nil }
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// The one line that refuses a field holding one.
    public static func refusal(_ field: String, _ code: String) -> String {
        "the \(field) holds a control character (\(code)); it must be text alone"
    }
}
