import Foundation

/// The properties a boundary file's features carry, for choosing which one names the
/// association (the console asks; the command line takes `--name-property`).
public struct BoundaryNameChoice: Sendable, Equatable {
    public let property: String
    /// Features that have it as text or a number.
    public let features: Int
    public let distinctValues: Int
    /// The first few values, in the file's order.
    public let examples: [String]
}

extension BoundaryFile {
    /// Every property some feature has, the likeliest name first: present and different in
    /// every feature, then a key that says "name" or "namn", then by key.
    public static func nameChoices(path: String) throws -> (features: Int, choices: [BoundaryNameChoice]) {
        let features = try self.features(data: try MissingFileError.contents(of: path), path: path)
        var order: [String] = []
        var valuesOf: [String: [String]] = [:]
        for feature in features {
            let properties = feature["properties"] as? [String: Any] ?? [:]
            for key in properties.keys.sorted() {
                guard let value = properties[key].flatMap(text), !value.isEmpty else { continue }
                if valuesOf[key] == nil { order.append(key) }
                valuesOf[key, default: []].append(value)
            }
        }
        let choices = order.map { key in
            let values = valuesOf[key] ?? []
            var seen = Set<String>()
            let distinct = values.filter { seen.insert($0).inserted }
            return BoundaryNameChoice(property: key, features: values.count, distinctValues: distinct.count, examples: Array(distinct.prefix(3)))
        }
        func rank(_ c: BoundaryNameChoice) -> (Int, Int, String) {
            let names = c.property.lowercased().contains("name") || c.property.lowercased().contains("namn")
            let complete = c.features == features.count && c.distinctValues == features.count
            return (complete ? 0 : 1, names ? 0 : 1, c.property)
        }
        return (features.count, choices.sorted { rank($0) < rank($1) })
    }
}
