import Foundation
import Geometry

/// The regions a table of known totals speaks of, from GeoJSON: each feature's code
/// (`codeProperty`) and, where asked for, its name. Features with the same code are one region.
public struct TotalRegion: Sendable, Equatable {
    public var code: String
    public var name: String?
    public var shape: MultiPolygonShape
}

public enum TotalRegionFile {
    public static func read(path: String, codeProperty: String, nameProperty: String? = nil) throws -> [TotalRegion] {
        let shapes = try BoundaryFile.read(path: path, nameProperty: codeProperty)
        var names: [String: String] = [:]
        if let nameProperty {
            // The names are read as the codes were, so the same file errors name the same feature.
            let features = try JSONSerialization.jsonObject(with: try MissingFileError.contents(of: path)) as? [String: Any]
            for (index, item) in ((features?["features"] as? [Any]) ?? []).enumerated() {
                let properties = (item as? [String: Any])?["properties"] as? [String: Any] ?? [:]
                guard let code = text(properties[codeProperty]) else { continue }
                guard let name = text(properties[nameProperty]), !name.isEmpty else {
                    throw InputFileError(path: path, position: "feature \(index) ('\(code)')", message: "no property '\(nameProperty)'")
                }
                if names[code] == nil { names[code] = name }
            }
        }
        return shapes.map { TotalRegion(code: $0.name, name: names[$0.name], shape: $0.shape) }
    }

    private static func text(_ value: Any?) -> String? { value.flatMap(BoundaryFile.text) }
}
