import Geometry

/// Every street of a district on a coarse grid, so a map takes the streets in its view
/// without looking at all of them.
public struct StreetAtlas: Sendable {
    public let streets: [MapScene.Street]
    private let boxes: [PlanarBox]
    private let cellMeters: Double
    private var cells: [Cell: [Int32]] = [:]

    private struct Cell: Hashable, Sendable {
        var x: Int
        var y: Int
    }

    public init(streets: [MapScene.Street], cellMeters: Double = 500) {
        // Sorted by class, so a map draws them in order without sorting again.
        let ordered = streets.enumerated().sorted { ($0.element.streetClass, $0.offset) < ($1.element.streetClass, $1.offset) }.map(\.element)
        self.streets = ordered
        self.cellMeters = cellMeters
        boxes = ordered.map { PlanarBox(around: $0.points) ?? PlanarBox(minX: 0, minY: 0, maxX: 0, maxY: 0) }
        for (index, box) in boxes.enumerated() {
            for cell in Self.cells(of: box, cellMeters: cellMeters) { cells[cell, default: []].append(Int32(index)) }
        }
    }

    /// The streets that may cross `view`, in drawing order.
    public func streets(in view: PlanarBox, classes: Set<MapScene.StreetClass> = Set(MapScene.StreetClass.allCases)) -> [MapScene.Street] {
        var found = Set<Int32>()
        for cell in Self.cells(of: view, cellMeters: cellMeters) {
            for index in cells[cell] ?? [] where boxes[Int(index)].intersects(view) { found.insert(index) }
        }
        return found.sorted().map { streets[Int($0)] }.filter { classes.contains($0.streetClass) }
    }

    private static func cells(of box: PlanarBox, cellMeters: Double) -> [Cell] {
        let x0 = Int((box.minX / cellMeters).rounded(.down)), x1 = Int((box.maxX / cellMeters).rounded(.down))
        let y0 = Int((box.minY / cellMeters).rounded(.down)), y1 = Int((box.maxY / cellMeters).rounded(.down))
        var result: [Cell] = []
        for x in x0...x1 { for y in y0...y1 { result.append(Cell(x: x, y: y)) } }
        return result
    }
}
