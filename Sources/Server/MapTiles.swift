/// OpenStreetMap's map images, offered beneath the phone's map when `links.openStreetMapLayer`
/// is on: the volunteer switches them on when online; the attribution shows with them.
struct MapTiles: Sendable {
    var host = "tile.openstreetmap.org"
    var urlTemplate: String { "https://\(host)/{z}/{x}/{y}.png" }

    /// As OpenStreetMap's tile policy asks: credit with a link to the copyright page.
    static let attribution = "© <a href=\"https://www.openstreetmap.org/copyright\">OpenStreetMap</a>"
}
