import Foundation
import Geometry
import UtdelningKit

/// One area's map for the phone as GeoJSON-like JSON: the outline, the route in walking order
/// and the numbered stops with their state. Our own vectors: no tile server is needed.
struct AreaMapData: Encodable {
    struct Stop: Encodable {
        var number: Int
        var state: String
        var next: Bool
        /// [longitude, latitude], as GeoJSON orders them.
        var at: [Double]
    }

    /// Polygons, each rings of [longitude, latitude].
    var outline: [[[[Double]]]]
    var route: [[Double]]
    var stops: [Stop]
    /// The map's streets around the area, drawn beneath it.
    var streets: [[[Double]]]

    init(walk: AreaWalk) {
        let pair = Self.pair
        outline = walk.outline.polygons.map { polygon in ([polygon.outer] + polygon.holes).map { $0.map(pair) } }
        route = walk.line.map(pair)
        streets = walk.streets.map { $0.map(pair) }
        let next = walk.nextStop
        stops = walk.stops.compactMap { stop in
            stop.position.map { Stop(number: stop.number, state: AreaView.cssClass(stop.state), next: stop.number == next, at: pair($0)) }
        }
    }

    /// [longitude, latitude] to seven decimals: a centimetre, as the GeoJSON export writes them; fewer bytes to the phone.
    static func pair(_ c: Coordinate) -> [Double] { [rounded(c.longitude), rounded(c.latitude)] }

    private static func rounded(_ degrees: Double) -> Double { (degrees * 1e7).rounded() / 1e7 }
}
