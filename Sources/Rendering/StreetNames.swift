import Foundation

/// Street names along their streets: one label per name, on the longest nearly straight
/// stretch that holds it, turned to read left to right, never over another label.
enum StreetNames {
    static let font = Font.condensed(6.5)

    struct Placed {
        var name: String
        var middle: (x: Double, y: Double)
        var radians: Double
        var box: PaperRect
    }

    /// Places the names that `include` accepts, the area's own streets and major roads first.
    static func place(
        _ streets: [MapScene.Street], preferred: Set<String>, include: (String) -> Bool, transform t: MapRenderer.Transform, canvas: Canvas,
        avoiding taken: [PaperRect]
    ) -> [Placed] {
        guard t.detailed else { return [] }
        // Stretches per name, on paper.
        var stretches: [String: [Stretch]] = [:]
        var major = Set<String>()
        for street in streets where street.streetClass == .major || street.streetClass == .minor {
            guard let name = street.name, !name.isEmpty, include(name) else { continue }
            if street.streetClass == .major { major.insert(name) }
            stretches[name, default: []] += straightStretches(street.points.map { t($0) }, frame: t.frame.inset(by: 3))
        }
        func rank(_ name: String) -> (Int, Int, String) { (preferred.contains(name) ? 0 : 1, major.contains(name) ? 0 : 1, name) }
        var used = taken
        var placed: [Placed] = []
        for name in stretches.keys.sorted(by: { rank($0) < rank($1) }) {
            let size = canvas.measure(name, font: font)
            let fitting = (stretches[name] ?? []).filter { $0.length >= size.width + 2 }.sorted { ($0.length, $0.a.x) > ($1.length, $1.a.x) }
            for stretch in fitting.prefix(6) {
                let box = stretch.box(width: size.width, height: size.height)
                guard !used.contains(where: { $0.intersects(box) }) else { continue }
                var angle = atan2(stretch.b.y - stretch.a.y, stretch.b.x - stretch.a.x)
                if angle > Double.pi / 2 { angle -= Double.pi } else if angle < -Double.pi / 2 { angle += Double.pi }
                placed.append(Placed(name: name, middle: stretch.middle, radians: angle, box: box))
                used.append(box)
                break
            }
        }
        return placed
    }

    static func draw(_ names: [Placed], canvas: Canvas) {
        for name in names {
            canvas.label(name.name, centerX: name.middle.x, centerY: name.middle.y, radians: name.radians, font: font, paint: .grey(0.1))
        }
    }

    struct Stretch {
        var a: (x: Double, y: Double)
        var b: (x: Double, y: Double)
        var length: Double { hypot(b.x - a.x, b.y - a.y) }
        var middle: (x: Double, y: Double) { ((a.x + b.x) / 2, (a.y + b.y) / 2) }

        /// The axis-aligned box around the turned label (for overlap tests).
        func box(width: Double, height: Double) -> PaperRect {
            let angle = atan2(b.y - a.y, b.x - a.x)
            let w = abs(cos(angle)) * width + abs(sin(angle)) * height
            let h = abs(sin(angle)) * width + abs(cos(angle)) * height
            return PaperRect(x: middle.x - w / 2, y: middle.y - h / 2, width: w, height: h)
        }
    }

    /// Chords of the polyline from which no point between strays more than 0.6 mm, inside the frame.
    static func straightStretches(_ line: [(x: Double, y: Double)], frame: PaperRect) -> [Stretch] {
        var result: [Stretch] = []
        var start = 0
        while start < line.count - 1 {
            var end = start + 1
            while end + 1 < line.count, deviation(line, from: start, to: end + 1) <= 0.6 { end += 1 }
            let a = line[start], b = line[end]
            if frame.contains(x: a.x, y: a.y) && frame.contains(x: b.x, y: b.y) { result.append(Stretch(a: a, b: b)) }
            start = end
        }
        return result
    }

    static func deviation(_ line: [(x: Double, y: Double)], from i: Int, to j: Int) -> Double {
        let a = line[i], b = line[j]
        let length = hypot(b.x - a.x, b.y - a.y)
        guard length > 0 else { return 0 }
        var worst = 0.0
        for k in (i + 1)..<j {
            let p = line[k]
            worst = max(worst, abs((b.x - a.x) * (a.y - p.y) - (a.x - p.x) * (b.y - a.y)) / length)
        }
        return worst
    }
}
