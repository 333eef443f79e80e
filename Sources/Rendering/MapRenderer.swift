import Foundation
import Geometry

/// The one map renderer: sheets, the association overview and the district map all draw
/// through it. Greys and line patterns carry the meaning, so a black-and-white print reads.
public struct MapRenderer: Sendable {
    public struct Words: Sendable {
        public var attribution = "© OpenStreetMap contributors"
        public var north = "N"
        public var start = "Start"

        public init(start: String = "Start") { self.start = start }
    }

    public var words: Words

    public init(words: Words = Words()) { self.words = words }

    /// The map's few words in a sheet's language.
    init(sheetWords: SheetWords) { self.init(words: Words(start: sheetWords.start)) }

    /// Paper millimetres from plane metres for one frame.
    struct Transform {
        let view: PlanarBox
        let frame: PaperRect
        let millimetersPerMeter: Double

        init(view: PlanarBox, frame: PaperRect) {
            self.view = view.fitted(toAspect: frame.width / frame.height)
            self.frame = frame
            millimetersPerMeter = frame.width / self.view.width
        }

        func callAsFunction(_ p: PlanarPoint) -> (x: Double, y: Double) {
            (frame.x + (p.x - view.minX) * millimetersPerMeter, frame.y + (view.maxY - p.y) * millimetersPerMeter)
        }

        /// The parts of a line near the frame, on paper, without vertices closer than
        /// `minimumStepMillimeters` to the one before: a PDF keeps every vertex it is given,
        /// clipped or too close to see, and writing them was most of a sheet's time.
        func pieces(_ line: [PlanarPoint], marginMillimeters: Double = 5, minimumStepMillimeters: Double = 0.3) -> [[(x: Double, y: Double)]] {
            let near = frame.inset(by: -marginMillimeters)
            var result: [[(x: Double, y: Double)]] = []
            var current: [(x: Double, y: Double)] = []
            var previous: (x: Double, y: Double)?
            func finish() {
                if !current.isEmpty { result.append(current) }
                current = []
            }
            for (index, point) in line.enumerated() {
                let p = self(point)
                guard let q = previous else {
                    previous = p
                    if line.count == 1, near.contains(x: p.x, y: p.y) { current = [p] }
                    continue
                }
                let last = index == line.count - 1
                if !last, hypot(p.x - q.x, p.y - q.y) < minimumStepMillimeters { continue }
                let box = PaperRect(x: min(p.x, q.x), y: min(p.y, q.y), width: abs(p.x - q.x), height: abs(p.y - q.y))
                if box.x <= near.maxX && near.x <= box.maxX && box.y <= near.maxY && near.y <= box.maxY {
                    if current.isEmpty { current.append(q) }
                    current.append(p)
                } else {
                    finish()
                }
                previous = p
            }
            finish()
            return result
        }

        /// Detailed streets (casings, paths) from 1:50 000 up.
        var detailed: Bool { millimetersPerMeter > 0.02 }
    }

    public func draw(_ scene: MapScene, on canvas: Canvas, in frame: PaperRect) {
        let t = Transform(view: scene.view, frame: frame)
        canvas.fill(frame, .white)
        canvas.clipped(to: frame) {
            drawAreas(scene.areas, t, canvas)
            drawStreets(scene.streets, t, canvas)
            // The area's own street names first: stop labels can move aside, names cannot.
            let own = StreetNames.place(
                scene.streets, preferred: scene.preferredNames, include: { scene.preferredNames.contains($0) }, transform: t, canvas: canvas, avoiding: [])
            var taken = own.map(\.box)
            var stopLabels: [StopLabels.Placed] = []
            if let route = scene.route {
                for piece in t.pieces(route.line, minimumStepMillimeters: 0.2) { drawRouteLine(piece, canvas) }
                stopLabels = placeStops(route.stops.map { t($0) }, frame: frame, canvas: canvas, avoiding: taken)
                taken += stopLabels.map(\.box)
            }
            taken += drawAreaLabels(scene.areas, t, canvas, avoiding: taken)
            let others = StreetNames.place(
                scene.streets, preferred: [], include: { !scene.preferredNames.contains($0) }, transform: t, canvas: canvas, avoiding: taken)
            StreetNames.draw(own + others, canvas: canvas)
            drawStopLabels(stopLabels, canvas)
        }
        drawFurniture(t, canvas)
        canvas.stroke(frame, .black, width: 0.3)
    }

    // MARK: Areas

    /// Each area as a wide stroke along its line with a darker casing: the same shape as a
    /// buffer around the route, drawn by cairo at once instead of computed as a polygon.
    /// Neighbours first, so the sheet's own area lies on top.
    private func drawAreas(_ areas: [MapScene.Area], _ t: Transform, _ canvas: Canvas) {
        let ordered = areas.filter { $0.role == .neighbour } + areas.filter { $0.role != .neighbour }
        for area in ordered {
            // At district scale a 30 m band would vanish: at least a millimetre, so its colour shows.
            let width = max(2 * area.corridorMeters * t.millimetersPerMeter, t.detailed ? 0 : 1.0)
            let casing = t.detailed ? 0.45 : 0.12
            for line in t.pieces(area.corridor, marginMillimeters: width + 5) {
                draw(area, line: line, width: width, casing: casing, canvas)
            }
        }
    }

    private func draw(_ area: MapScene.Area, line: [(x: Double, y: Double)], width: Double, casing: Double, _ canvas: Canvas) {
        switch area.role {
        case .focus:
            canvas.stroke(line: line, .black, width: width + 2 * casing)
            canvas.stroke(line: line, .grey(0.87), width: width)
        case .neighbour:
            canvas.stroke(line: line, .grey(0.55), width: width + 0.6, dash: [1.2, 0.9])
            canvas.stroke(line: line, .white, width: width)
        case .status(let status):
            canvas.stroke(line: line, .grey(0.3), width: width + 2 * casing)
            canvas.stroke(line: line, Self.fill(for: status), width: width)
        }
    }

    /// Ids of neighbouring and status-coloured areas, where they do not cover something already placed.
    private func drawAreaLabels(_ areas: [MapScene.Area], _ t: Transform, _ canvas: Canvas, avoiding taken: [PaperRect]) -> [PaperRect] {
        var placed: [PaperRect] = []
        for area in areas where area.role != .focus {
            let neighbour = area.role == .neighbour
            let font = neighbour ? Font.condensed(6.5) : Font.condensed(t.detailed ? 7.5 : 5.5, bold: true)
            let size = canvas.measure(area.label, font: font)
            let p = t(area.labelPoint)
            let box = PaperRect(x: p.x - size.width / 2, y: p.y - size.height / 2, width: size.width, height: size.height)
            guard t.frame.contains(x: p.x, y: p.y), !(taken + placed).contains(where: { $0.intersects(box) }) else { continue }
            canvas.label(area.label, centerX: p.x, centerY: p.y, font: font, paint: neighbour ? .grey(0.4) : .black)
            placed.append(box)
        }
        return placed
    }

    /// Fills that differ in lightness as well as hue, so statuses stay apart in grey print.
    public static func fill(for status: MapScene.Status) -> Paint {
        switch status {
        // Luminance 0.88, 0.81, 0.67, 0.54, 0.38: five greys apart.
        case .planned: Paint(red: 0.86, green: 0.89, blue: 0.95)
        case .assigned: Paint(red: 0.99, green: 0.80, blue: 0.45)
        case .inProgress: Paint(red: 0.95, green: 0.62, blue: 0.30)
        case .doneWithSkips: Paint(red: 0.60, green: 0.50, blue: 0.75)
        case .delivered: Paint(red: 0.20, green: 0.45, blue: 0.25)
        }
    }

    // MARK: Streets

    private func drawStreets(_ streets: [MapScene.Street], _ t: Transform, _ canvas: Canvas) {
        let lines = streets.flatMap { street in t.pieces(street.points).map { (street, $0) } }
        if t.detailed {
            // Casings first, fills after, so crossings join cleanly.
            for (street, line) in lines {
                switch street.streetClass {
                case .water: canvas.stroke(line: line, Paint(red: 0.62, green: 0.75, blue: 0.88), width: max(0.6, 8 * t.millimetersPerMeter))
                case .path: canvas.stroke(line: line, .grey(0.45), width: 0.22, dash: [0.7, 0.5])
                case .minor: canvas.stroke(line: line, .grey(0.45), width: 1.15)
                case .major: canvas.stroke(line: line, .grey(0.25), width: 1.7)
                case .railway: canvas.stroke(line: line, .grey(0.3), width: 0.75)
                }
            }
            for (street, line) in lines {
                switch street.streetClass {
                case .minor: canvas.stroke(line: line, .white, width: 0.8)
                case .major: canvas.stroke(line: line, .grey(0.97), width: 1.3)
                case .railway: canvas.stroke(line: line, .white, width: 0.35, dash: [1.5, 1.5])
                case .water, .path: break
                }
            }
        } else {
            for (street, line) in lines {
                switch street.streetClass {
                case .water: canvas.stroke(line: line, Paint(red: 0.62, green: 0.75, blue: 0.88), width: 0.25)
                case .path: break
                case .minor: canvas.stroke(line: line, .grey(0.7), width: 0.1)
                case .major: canvas.stroke(line: line, .grey(0.4), width: 0.3)
                case .railway: canvas.stroke(line: line, .grey(0.3), width: 0.25, dash: [1, 0.6])
                }
            }
        }
    }

    // MARK: Route

    private func drawRouteLine(_ line: [(x: Double, y: Double)], _ canvas: Canvas) {
        guard line.count > 1 else { return }
        canvas.stroke(line: line, .white, width: 1.0)
        canvas.stroke(line: line, .black, width: 0.45)
        // An arrow every few centimetres of paper shows the direction.
        let spacing = 22.0
        var travelled = spacing / 2
        var next = spacing / 2
        for (a, b) in zip(line, line.dropFirst()) {
            let length = hypot(b.x - a.x, b.y - a.y)
            guard length > 0 else { continue }
            while next <= travelled + length {
                let f = (next - travelled) / length
                drawArrow(at: (a.x + (b.x - a.x) * f, a.y + (b.y - a.y) * f), dx: (b.x - a.x) / length, dy: (b.y - a.y) / length, canvas)
                next += spacing
            }
            travelled += length
        }
    }

    private func drawArrow(at p: (x: Double, y: Double), dx: Double, dy: Double, _ canvas: Canvas) {
        let length = 2.2, half = 1.1
        let tip = (x: p.x + dx * length / 2, y: p.y + dy * length / 2)
        let back = (x: p.x - dx * length / 2, y: p.y - dy * length / 2)
        let triangle = [tip, (x: back.x - dy * half, y: back.y + dx * half), (x: back.x + dy * half, y: back.y - dx * half)]
        canvas.polygon(triangle, fill: .white)
        canvas.polygon(triangle.map { (x: p.x + ($0.x - p.x) * 0.7, y: p.y + ($0.y - p.y) * 0.7) }, fill: .black)
    }

    // MARK: Stops

    static let stopFont = Font.condensed(6.5, bold: true)

    private func placeStops(_ stops: [(x: Double, y: Double)], frame: PaperRect, canvas: Canvas, avoiding taken: [PaperRect]) -> [StopLabels.Placed] {
        var placed = StopLabels.place(
            stops: stops.map { StopLabels.Point(x: $0.x, y: $0.y) },
            size: { text in
                let size = canvas.measure(text == "1" ? "\(words.start) 1" : text, font: Self.stopFont)
                return (size.width + 1.0, size.height + 0.3)
            },
            bounds: frame.inset(by: 1), taken: taken)
        if let first = placed.first, first.text.hasPrefix("1") { placed[0].text = "\(words.start) \(first.text)" }
        return placed
    }

    private func drawStopLabels(_ labels: [StopLabels.Placed], _ canvas: Canvas) {
        for label in labels {
            for anchor in label.anchors { canvas.circle(x: anchor.x, y: anchor.y, radius: 0.55, fill: .black, outline: .white, width: 0.2) }
            if label.displaced, let anchor = label.anchors.first {
                let leader: [(x: Double, y: Double)] = [(anchor.x, anchor.y), (label.box.x + label.box.width / 2, label.box.y + label.box.height / 2)]
                canvas.stroke(line: leader, .black, width: 0.2)
            }
        }
        for (index, label) in labels.enumerated() {
            let start = index == 0 && label.text.hasPrefix(words.start)
            canvas.fill(label.box, start ? .black : .white)
            canvas.stroke(label.box, .black, width: 0.25)
            canvas.label(
                label.text, centerX: label.box.x + label.box.width / 2, centerY: label.box.y + label.box.height / 2,
                font: Self.stopFont, paint: start ? .white : .black, halo: nil)
        }
    }

    // MARK: Scale bar, north arrow, attribution

    private func drawFurniture(_ t: Transform, _ canvas: Canvas) {
        let frame = t.frame
        // Scale bar: the longest round length up to a fifth of the frame.
        let lengths: [Double] = [10, 20, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000, 20000, 50000, 100_000]
        let meters = lengths.last { $0 * t.millimetersPerMeter <= frame.width / 5 } ?? lengths[0]
        let barWidth = meters * t.millimetersPerMeter
        let text = meters >= 1000 ? "\(String(format: "%g", meters / 1000)) km" : "\(Int(meters)) m"
        let box = PaperRect(x: frame.x + 2, y: frame.maxY - 9, width: barWidth + 6 + canvas.measure(text, font: .sans(6)).width, height: 7)
        canvas.fill(box, .white.with(alpha: 0.85))
        let barY = box.y + 4.2
        for half in 0..<2 {
            let segment = PaperRect(x: box.x + 2 + Double(half) * barWidth / 2, y: barY, width: barWidth / 2, height: 1.2)
            canvas.fill(segment, half == 0 ? .black : .white)
            canvas.stroke(segment, .black, width: 0.2)
        }
        canvas.text("0", x: box.x + 1.3, y: box.y + 0.6, font: .sans(6))
        canvas.text(text, x: box.x + 2 + barWidth + 1, y: box.y + 3.0, font: .sans(6))

        // North arrow: the plane's y axis is north.
        let nx = frame.maxX - 7, ny = frame.y + 4
        canvas.fill(PaperRect(x: nx - 3.5, y: ny - 1, width: 7, height: 12), .white.with(alpha: 0.85))
        canvas.polygon([(x: nx, y: ny + 4), (x: nx - 2.2, y: ny + 10), (x: nx, y: ny + 8.5), (x: nx + 2.2, y: ny + 10)], fill: .black)
        canvas.label(words.north, centerX: nx, centerY: ny + 1.6, font: .sans(7, bold: true), halo: nil)

        let size = canvas.measure(words.attribution, font: .sans(5.5))
        let attribution = PaperRect(x: frame.maxX - size.width - 2.5, y: frame.maxY - size.height - 1, width: size.width + 1.5, height: size.height + 0.5)
        canvas.fill(attribution, .white.with(alpha: 0.85))
        canvas.text(words.attribution, x: attribution.x + 0.75, y: attribution.y + 0.25, font: .sans(5.5), paint: .grey(0.2))
    }
}
