import Foundation
import Geometry
import Households
import Planner
import Routing
import Store
import Vocabulary

/// Plans as files other tools open: GeoJSON (RFC 7946) for QGIS and GDAL, GPX 1.1 for phones.
extension District {
    /// Delivery points, area outlines (30 m around the route) and routes, in one FeatureCollection.
    /// Routes follow the streets from door to door, bike and car rounds the roads they were timed on.
    public func exportGeoJSON(to path: String) throws -> (points: Int, areas: Int) {
        let (points, areas, ways) = try existingStore().read { tx in (try tx.points(), try tx.areas(), try tx.mapWays()) }
        let areaOfPoint = Dictionary(areas.flatMap { area in area.route.map { ($0, area.id) } }, uniquingKeysWith: { a, _ in a })
        let position = Dictionary(uniqueKeysWithValues: points.map { ($0.point.key, $0.point.coordinate) })
        let shapes = try AreaShapes(areas: areas, position: position, ways: ways, walking: config.walking, outlines: true)
        var features: [String] = []
        for p in points {
            let properties = [
                ("id", GeoJSONText.string(p.point.key.rawValue)), ("areaId", areaOfPoint[p.point.key].map(String.init) ?? "null"),
                ("households", String(p.count.households)), ("address", GeoJSONText.string(p.point.address.line)),
                ("association", p.association.map(GeoJSONText.string) ?? "null"),
            ]
            features.append(GeoJSONText.feature(geometry: GeoJSONText.point(p.point.coordinate), properties: properties))
        }
        for area in areas {
            guard let line = shapes.lines[area.id], let outline = shapes.outlines[area.id], !line.isEmpty else { continue }
            features.append(GeoJSONText.feature(geometry: GeoJSONText.multiPolygon(outline), properties: [
                ("areaId", area.id.description), ("association", GeoJSONText.string(area.association)),
                ("households", String(area.households)), ("minutes", String(format: "%.1f", area.time.value)),
                ("mode", GeoJSONText.string(area.mode.rawValue)),
            ]))
            if line.count > 1 {
                features.append(GeoJSONText.feature(geometry: GeoJSONText.lineString(line), properties: [
                    ("areaId", area.id.description), ("meters", String(Int(area.length.value.rounded()))),
                ]))
            }
        }
        let text = GeoJSONText.featureCollection(features)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return (points.count, areas.count)
    }

    /// One area's stops as GPX 1.1 waypoints in walking order, and its route as a track along
    /// the streets (the GeoJSON's line), so a phone shows a driver the roads, not chords.
    public func exportGPX(area id: AreaID, to path: String) throws {
        let (points, areas, ways) = try existingStore().read { tx in (try tx.points(), try tx.areas(), try tx.mapWays()) }
        guard let area = areas.first(where: { $0.id == id }) else { throw DistrictError.noArea(id) }
        let byKey = Dictionary(uniqueKeysWithValues: points.map { ($0.point.key, $0) })
        let stops = area.route.compactMap { byKey[$0] }
        let position = Dictionary(stops.map { ($0.point.key, $0.point.coordinate) }, uniquingKeysWith: { first, _ in first })
        let track = try AreaShapes(areas: [area], position: position, ways: ways, walking: config.walking, outlines: false).lines[area.id]
        func coordinate(_ c: Coordinate) -> String { String(format: "lat=\"%.7f\" lon=\"%.7f\"", c.latitude, c.longitude) }
        var lines = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            #"<gpx version="1.1" creator="utdelning" xmlns="http://www.topografix.com/GPX/1/1">"#,
            "  <metadata><name>\(XMLText.escape("\(area.association) område \(area.id)"))</name></metadata>",
        ]
        for (number, stop) in stops.enumerated() {
            lines.append("  <wpt \(coordinate(stop.point.coordinate))><name>\(number + 1). \(XMLText.escape(stop.point.address.line))</name>"
                + "<desc>\(stop.count.households) tidningar</desc></wpt>")
        }
        lines.append("  <trk><name>\(XMLText.escape("Område \(area.id)"))</name><trkseg>")
        lines += (track ?? stops.map(\.point.coordinate)).map { "    <trkpt \(coordinate($0))/>" }
        lines += ["  </trkseg></trk>", "</gpx>", ""]
        try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
    }
}

/// GeoJSON written by hand: fixed decimals and a fixed key order, so that a plan gives a byte-identical file.
enum GeoJSONText {
    static func string(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    static func position(_ c: Coordinate) -> String { String(format: "[%.7f,%.7f]", c.longitude, c.latitude) }
    static func point(_ c: Coordinate) -> String { "{\"type\":\"Point\",\"coordinates\":\(position(c))}" }
    static func lineString(_ cs: [Coordinate]) -> String {
        "{\"type\":\"LineString\",\"coordinates\":[" + cs.map(position).joined(separator: ",") + "]}"
    }
    static func multiPolygon(_ shape: MultiPolygonShape) -> String {
        let polygons = shape.polygons.map { p in "[" + ([p.outer] + p.holes).map { "[" + $0.map(position).joined(separator: ",") + "]" }.joined(separator: ",") + "]" }
        return "{\"type\":\"MultiPolygon\",\"coordinates\":[" + polygons.joined(separator: ",") + "]}"
    }
    static func featureCollection(_ features: [String]) -> String {
        "{\"type\":\"FeatureCollection\",\"features\":[\n" + features.joined(separator: ",\n") + "\n]}\n"
    }
    static func feature(geometry: String, properties: [(String, String)]) -> String {
        "{\"type\":\"Feature\",\"properties\":{" + properties.map { "\(string($0.0)):\($0.1)" }.joined(separator: ",") + "},\"geometry\":\(geometry)}"
    }
}

enum XMLText {
    /// Escaped for XML 1.0, which cannot hold a control character other than tab and line
    /// breaks even as a reference: any other becomes U+FFFD, so the file stays valid whatever
    /// a name holds.
    static func escape(_ s: String) -> String {
        let text = s.unicodeScalars.contains(where: Self.forbidden)
            ? String(String.UnicodeScalarView(s.unicodeScalars.map { Self.forbidden($0) ? "\u{FFFD}" : $0 })) : s
        return text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    private static func forbidden(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r"
    }
}
