import Foundation
import Geometry
import Households
import Routing

/// Street-distance matrices of n delivery points drawn (seeded) from a real extract,
/// and utdelning's closed tour on each with its time, as JSON for tours.py to
/// hand the same matrices to LKH and OR-Tools.
///   tour-matrices EXTRACT.osm.pbf OUT_DIR [n …]
let arguments = Array(CommandLine.arguments.dropFirst())
guard arguments.count >= 2 else {
    print("usage: tour-matrices EXTRACT OUT_DIR [n …]")
    exit(64)
}
let sizes = arguments.count > 2 ? arguments[2...].compactMap { Int($0) } : [50, 100, 200, 400, 600]
let extract = try OSMExtract.read(path: arguments[0])
let graph = StreetGraph.build(ways: extract.mapWays.map { WayInput(coordinates: $0.coordinates, tags: $0.tags) }, profile: WalkingProfile())
let index = SnapIndex(graph: graph)
let paths = ShortestPaths(graph: graph)
try FileManager.default.createDirectory(atPath: arguments[1], withIntermediateDirectories: true)

struct Instance: Encodable {
    let n: Int
    let matrix: [[Int]]
    let utdelningMeters: Int
    let utdelningSeconds: Double
}

for n in sizes {
    // A compact neighbourhood, as a walking area is: the n points nearest a seeded centre.
    var random = SeededRandom(seed: UInt64(n))
    let centre = extract.points[Int.random(in: 0..<extract.points.count, using: &random)].coordinate
    let chosen = extract.points.sorted { greatCircleMeters($0.coordinate, centre) < greatCircleMeters($1.coordinate, centre) }.prefix(n)
    let snaps = chosen.compactMap { index.snap($0.coordinate, maxMeters: 150) }
    let flat = paths.matrix(snaps)
    let points = Array(chosen)
    // Whole metres, as LKH takes them; the tour is solved on the same rounded matrix.
    // Streets that do not meet: the straight line walked twice over, as `utdelning route` does.
    let rounded = flat.enumerated().map { k, meters in
        Int((meters.isFinite ? meters : 2 * greatCircleMeters(points[k / n].coordinate, points[k % n].coordinate)).rounded())
    }
    let start = DispatchTime.now().uptimeNanoseconds
    let tour = TourSolver().solve(matrix: rounded.map(Double.init), count: n, closed: true)
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    let instance = Instance(
        n: n, matrix: (0..<n).map { Array(rounded[($0 * n)..<($0 * n + n)]) }, utdelningMeters: Int(tour.meters.rounded()),
        utdelningSeconds: seconds)
    try JSONEncoder().encode(instance).write(to: URL(fileURLWithPath: arguments[1]).appendingPathComponent("tour-\(n).json"))
    print("n=\(n): \(Int(tour.meters)) m in \(String(format: "%.3f", seconds)) s")
}
