/// Where the numbered stop labels of a map go. Consecutive stops that lie almost on top of
/// each other on paper (the entrances of one block) share one label, "12–15"; a label
/// that would cover another moves aside on a short leader line.
public enum StopLabels {
    public struct Placed: Sendable, Equatable {
        /// "7" or "12–15".
        public var text: String
        /// The label's box on paper.
        public var box: PaperRect
        /// The stops it stands for, on paper, for the dots and the leader line.
        public var anchors: [Point]
        public var displaced: Bool
    }

    public struct Point: Sendable, Equatable {
        public var x: Double
        public var y: Double

        public init(x: Double, y: Double) {
            self.x = x
            self.y = y
        }
    }

    /// - Parameters:
    ///   - stops: the stops on paper (mm), in walking order; stop numbers start at 1.
    ///   - groupWithinMillimeters: a stop joins the label of the stop before it when it lies this close to that label's first stop.
    ///   - size: a label's box for its text (mm).
    ///   - bounds: labels stay inside.
    ///   - taken: boxes already used on the map.
    public static func place(
        stops: [Point], groupWithinMillimeters: Double = 2.5, size: (String) -> (width: Double, height: Double),
        bounds: PaperRect, taken: [PaperRect] = []
    ) -> [Placed] {
        var groups: [(first: Int, last: Int)] = []
        for (index, stop) in stops.enumerated() {
            if let group = groups.last, distance(stops[group.first], stop) <= groupWithinMillimeters {
                groups[groups.count - 1].last = index
            } else {
                groups.append((index, index))
            }
        }
        var used = taken
        var placed: [Placed] = []
        for group in groups {
            let text = group.first == group.last ? "\(group.first + 1)" : "\(group.first + 1)–\(group.last + 1)"
            let anchors = Array(stops[group.first...group.last])
            let center = Point(x: anchors.map(\.x).reduce(0, +) / Double(anchors.count), y: anchors.map(\.y).reduce(0, +) / Double(anchors.count))
            let (width, height) = size(text)
            var best: (box: PaperRect, overlap: Double, displaced: Bool)?
            for (dx, dy) in candidateOffsets(width: width, height: height) {
                let box = PaperRect(x: center.x + dx - width / 2, y: center.y + dy - height / 2, width: width, height: height)
                let outside = box.x < bounds.x || box.y < bounds.y || box.maxX > bounds.maxX || box.maxY > bounds.maxY
                let overlap = used.reduce(0.0) { $0 + overlapArea(box, $1) } + (outside ? width * height : 0)
                if best == nil || overlap < (best?.overlap ?? 0) - 1e-9 { best = (box, overlap, dx != 0 || dy != 0) }
                if overlap == 0 { break }
            }
            guard let best else { continue }
            used.append(best.box)
            placed.append(Placed(text: text, box: best.box, anchors: anchors, displaced: best.displaced))
        }
        return placed
    }

    /// On the stop first, then around it at growing distance (right, left, up, down, diagonals).
    static func candidateOffsets(width: Double, height: Double) -> [(Double, Double)] {
        var offsets: [(Double, Double)] = [(0, 0)]
        for ring in 1...4 {
            let r = Double(ring)
            let dx = (width / 2 + 1.2) * r
            let dy = (height / 2 + 1.0) * r
            offsets += [(dx, 0), (-dx, 0), (0, -dy), (0, dy), (dx, -dy), (-dx, -dy), (dx, dy), (-dx, dy)]
        }
        return offsets
    }

    static func overlapArea(_ a: PaperRect, _ b: PaperRect) -> Double {
        let w = min(a.maxX, b.maxX) - max(a.x, b.x)
        let h = min(a.maxY, b.maxY) - max(a.y, b.y)
        return w > 0 && h > 0 ? w * h : 0
    }

    static func distance(_ a: Point, _ b: Point) -> Double { ((a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y)).squareRoot() }
}
