import Geometry
import Vocabulary

/// Joins pieces of streets that no number of areas divides within the tolerance
/// (a piece of 1.5 targets is one area too long or two too short) to the nearest
/// other piece over a longer empty street, up to `maxMeters` of walking. The link
/// joins the two nearest units and is a welcome border, so a cut splits there first.
struct PieceJoining {
    let target: AreaTarget
    let maxMeters: Double

    /// Whether some whole number of areas divides this much work within the tolerance.
    func divides(_ seconds: Double) -> Bool {
        let load = seconds / target.seconds.value
        let fewest = max(1, (load / (1 + target.tolerance)).rounded(.up))
        return fewest * (1 - target.tolerance) <= load
    }

    /// - Parameter streetMeters: walking metres between two units, `.infinity` beyond reach.
    /// - Returns: the pieces after joining (units ascending, ordered by first unit) and
    ///   `graph` with a border link for each join.
    func join(_ pieces: [[Int]], in graph: CutGraph, streetMeters: (Int, Int) -> Double) -> (pieces: [[Int]], graph: CutGraph) {
        var graph = graph
        var groupOf = [Int](repeating: -1, count: graph.count)
        var groups = pieces.map { $0.sorted() }
        for (g, members) in groups.enumerated() { for u in members { groupOf[u] = g } }
        var load = groups.map { $0.reduce(0.0) { $0 + graph.seconds[$1] } }
        let grid = UnitGrid(units: groups.flatMap { $0 }, centers: graph.centers, cellMeters: maxMeters)
        var stuck = Set<Int>()
        while let g = groups.indices
            .filter({ !groups[$0].isEmpty && !stuck.contains($0) && !divides(load[$0]) })
            .min(by: { (load[$0], groups[$0][0]) < (load[$1], groups[$1][0]) })
        {
            guard let link = nearestLink(from: groups[g], groupOf: groupOf, grid: grid, graph, streetMeters) else {
                stuck.insert(g)
                continue
            }
            let other = groupOf[link.to]
            for u in groups[other] { groupOf[u] = g }
            groups[g] = (groups[g] + groups[other]).sorted()
            groups[other] = []
            load[g] += load[other]
            stuck.remove(other)
            graph.link(link.from, link.to)
        }
        return (groups.filter { !$0.isEmpty }.sorted { $0[0] < $1[0] }, graph)
    }

    /// The shortest walk from a unit of the group to a unit of another, tried on the
    /// few pairs nearest in a straight line (a river between can make the walk long).
    private func nearestLink(
        from members: [Int], groupOf: [Int], grid: UnitGrid, _ graph: CutGraph, _ streetMeters: (Int, Int) -> Double
    ) -> (from: Int, to: Int)? {
        let group = groupOf[members[0]]
        var pairs: [(meters: Double, from: Int, to: Int)] = []
        for u in members {
            for v in grid.units(near: graph.centers[u]) where groupOf[v] >= 0 && groupOf[v] != group {
                let meters = graph.centers[u].distance(to: graph.centers[v])
                if meters <= maxMeters { pairs.append((meters, u, v)) }
            }
        }
        let tried = pairs.sorted { ($0.meters, $0.from, $0.to) < ($1.meters, $1.from, $1.to) }.prefix(Self.pairsTried)
        return tried.map { (meters: streetMeters($0.from, $0.to), from: $0.from, to: $0.to) }
            .filter { $0.meters <= maxMeters }
            .min { ($0.meters, $0.from, $0.to) < ($1.meters, $1.from, $1.to) }
            .map { ($0.from, $0.to) }
    }

    static let pairsTried = 6
}

/// Units bucketed in square cells, for the units within one cell's width of a point.
private struct UnitGrid {
    let cellMeters: Double
    var cells: [Cell: [Int]] = [:]

    struct Cell: Hashable {
        let x: Int
        let y: Int
    }

    init(units: [Int], centers: [PlanarPoint], cellMeters: Double) {
        self.cellMeters = max(1, cellMeters)
        for u in units.sorted() { cells[cell(of: centers[u]), default: []].append(u) }
    }

    func cell(of p: PlanarPoint) -> Cell {
        Cell(x: Int((p.x / cellMeters).rounded(.down)), y: Int((p.y / cellMeters).rounded(.down)))
    }

    func units(near p: PlanarPoint) -> [Int] {
        let middle = cell(of: p)
        return (-1...1).flatMap { dx in (-1...1).flatMap { dy in cells[Cell(x: middle.x + dx, y: middle.y + dy)] ?? [] } }
    }
}

extension CutGraph {
    /// Makes two units neighbours across a welcome border.
    mutating func link(_ a: Int, _ b: Int) {
        for (u, v) in [(a, b), (b, a)] where !adjacency[u].contains(v) {
            adjacency[u] = (adjacency[u] + [v]).sorted()
            borderLinks[u] = (borderLinks[u] + [v]).sorted()
        }
    }
}
