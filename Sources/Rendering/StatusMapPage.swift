import Foundation
import Wording

/// A district's or association's areas coloured by delivery status, with a title and a
/// legend: the `map` command's page, and the board report's map.
public struct StatusMapPage: Sendable {
    public let words: SheetWords
    let renderer: MapRenderer

    public init(words: SheetWords) {
        self.words = words
        renderer = MapRenderer(sheetWords: words)
    }

    /// A4, turned to suit the map's shape.
    public static func size(for scene: MapScene) -> PaperSize {
        scene.view.width > scene.view.height ? .a4Landscape : .a4Portrait
    }

    public func draw(title: String, scene: MapScene, on canvas: Canvas) {
        let m = 10.0, size = canvas.size
        canvas.text(title, x: m, y: m - 1, font: .sans(14, bold: true), width: size.width - 2 * m, oneLine: true)
        let legendWidth = 42.0
        let frame = PaperRect(x: m, y: m + 9, width: size.width - 2 * m - legendWidth - 4, height: size.height - 2 * m - 9)
        renderer.draw(scene, on: canvas, in: frame)
        var counts: [MapScene.Status: Int] = [:]
        for area in scene.areas { if case .status(let s) = area.role { counts[s, default: 0] += 1 } }
        var y = frame.y
        let x = frame.maxX + 4
        canvas.text(words.legend, x: x, y: y, font: .sans(9, bold: true))
        y += 6
        for status in MapScene.Status.allCases {
            let swatch = PaperRect(x: x, y: y, width: 6, height: 4)
            canvas.fill(swatch, MapRenderer.fill(for: status))
            canvas.stroke(swatch, .grey(0.25), width: 0.2)
            canvas.text("\(words.statuses[status] ?? status.rawValue) (\((counts[status] ?? 0).grouped))", x: x + 8, y: y - 0.2, font: .sans(8), width: legendWidth - 8)
            y += 6
        }
    }
}
