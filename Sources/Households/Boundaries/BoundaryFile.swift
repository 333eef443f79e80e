import Foundation
import Geometry

/// Reads association polygons from GeoJSON (RFC 7946: WGS84 longitude, latitude):
/// a FeatureCollection, a single Feature, or a bare Polygon/MultiPolygon is not
/// accepted because it carries no name. Features with the same name are one association.
public enum BoundaryFile {
    public static func read(path: String, nameProperty: String) throws -> [Boundary] {
        try parse(data: try MissingFileError.contents(of: path), path: path, nameProperty: nameProperty)
    }

    public static func parse(data: Data, path: String, nameProperty: String) throws -> [Boundary] {
        let features = try self.features(data: data, path: path)
        var order: [String] = []
        var polygonsByName: [String: [PolygonShape]] = [:]
        for (index, feature) in features.enumerated() {
            let position = "feature \(index)"
            let properties = feature["properties"] as? [String: Any] ?? [:]
            guard let rawName = properties[nameProperty], let name = Self.text(rawName), !name.isEmpty else {
                let available = properties.keys.sorted().joined(separator: ", ")
                throw InputFileError(path: path, position: position, message: "no property '\(nameProperty)' (it has: \(available))")
            }
            if let code = ControlCharacters.first(in: name) {
                throw InputFileError(path: path, position: position, message: ControlCharacters.refusal("name", code))
            }
            let at = "\(position) ('\(name)')"
            let polygons = try Self.polygons(feature["geometry"], path: path, position: at)
            if polygonsByName[name] == nil { order.append(name) }
            polygonsByName[name, default: []] += polygons
        }
        return order.map { Boundary(name: $0, shape: MultiPolygonShape(polygons: polygonsByName[$0] ?? [])) }
    }

    /// The features of a FeatureCollection (or the one Feature), each as its JSON object.
    static func features(data: Data, path: String) throws -> [[String: Any]] {
        guard data.contains(where: { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09) }) else {
            throw InputFileError(path: path, message: "the file is empty")
        }
        let json: Any
        do {
            json = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw InputFileError(path: path, position: jsonErrorPosition(error, data: data), message: "not valid JSON")
        }
        guard let root = json as? [String: Any], let type = root["type"] as? String else {
            throw InputFileError(path: path, message: "not a GeoJSON object (no \"type\")")
        }
        let features: [Any]
        switch type {
        case "FeatureCollection": features = root["features"] as? [Any] ?? []
        case "Feature": features = [root]
        default:
            throw InputFileError(path: path, message: "a \(type) has no properties to name an association; expected a FeatureCollection")
        }
        guard !features.isEmpty else { throw InputFileError(path: path, message: "the FeatureCollection has no features") }
        return features.map { $0 as? [String: Any] ?? [:] }
    }

    static func text(_ value: Any) -> String? {
        if let s = value as? String { return s.trimmingCharacters(in: .whitespaces) }
        if let n = value as? NSNumber { return n.stringValue }
        return nil
    }

    private static func polygons(_ geometry: Any?, path: String, position: String) throws -> [PolygonShape] {
        func fail(_ message: String) -> InputFileError { InputFileError(path: path, position: position, message: message) }
        guard let geometry = geometry as? [String: Any], let type = geometry["type"] as? String else {
            throw fail("no geometry")
        }
        switch type {
        case "Polygon":
            return [try polygon(geometry["coordinates"], fail)]
        case "MultiPolygon":
            guard let list = geometry["coordinates"] as? [Any], !list.isEmpty else { throw fail("MultiPolygon without coordinates") }
            return try list.map { try polygon($0, fail) }
        default:
            throw fail("\(type) is not a Polygon or MultiPolygon")
        }
    }

    private static func polygon(_ value: Any?, _ fail: (String) -> InputFileError) throws -> PolygonShape {
        guard let rings = value as? [Any], !rings.isEmpty else { throw fail("Polygon without rings") }
        let parsed = try rings.enumerated().map { number, ring -> [Coordinate] in
            guard let positions = ring as? [Any], positions.count >= 4 else { throw fail("a ring needs at least 4 positions") }
            let coordinates = try positions.map { position in
                guard let pair = position as? [Any], pair.count >= 2,
                    let lon = (pair[0] as? NSNumber)?.doubleValue, let lat = (pair[1] as? NSNumber)?.doubleValue
                else { throw fail("a position is not [longitude, latitude]") }
                let c = Coordinate(latitude: lat, longitude: lon)
                guard c.isValid else { throw fail("coordinate [\(lon), \(lat)] is out of range (longitude ±180, latitude ±90)") }
                return c
            }
            // RFC 7946 3.1.6: a ring ends where it began (GEOS refuses it otherwise, naming nothing).
            if let first = coordinates.first, let last = coordinates.last, first != last {
                throw fail("ring \(number + 1) is not closed: it starts at [\(first.longitude), \(first.latitude)] and ends at [\(last.longitude), \(last.latitude)]")
            }
            return coordinates
        }
        guard let outer = parsed.first else { throw fail("Polygon without rings") }
        return PolygonShape(outer: outer, holes: Array(parsed.dropFirst()))
    }

    /// Foundation names the line and column in its message on some platforms and
    /// a character index on others; both are turned into "line L, column C".
    private static func jsonErrorPosition(_ error: Error, data: Data) -> String {
        let info = (error as NSError).userInfo
        let text = (info[NSDebugDescriptionErrorKey] as? String) ?? "\(error)"
        if let range = text.range(of: #"line \d+, column \d+"#, options: .regularExpression) { return String(text[range]) }
        let characterIndex = text.range(of: #"character \d+"#, options: .regularExpression)
            .flatMap { Int(text[$0].dropFirst("character ".count)) }
        if let index = (info["NSJSONSerializationErrorIndex"] as? Int) ?? characterIndex {
            let prefix = data.prefix(index)
            let line = prefix.filter { $0 == 0x0A }.count + 1
            let column = index - (prefix.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0) + 1
            return "line \(line), column \(column)"
        }
        return text
    }
}
