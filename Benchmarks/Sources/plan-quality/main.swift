import DistrictGenerator
import Foundation
import Geometry
import Households
import Planner
import Routing

/// Cuts generated municipalities into areas and reports balance, modes and time.
///   plan-quality ../../shared/data [--dump DIR] [MUNICIPALITY …]
/// With --dump, also writes each municipality's walking unit graph and the cutter's
/// partition of it (same weights, no routing) as DIR/NAME.json for partition.py.
var arguments = Array(CommandLine.arguments.dropFirst())
var dump: String?
if let flag = arguments.firstIndex(of: "--dump"), flag + 1 < arguments.count {
    dump = arguments[flag + 1]
    arguments.removeSubrange(flag...(flag + 1))
}
let data = arguments.first ?? "../../shared/data"
let names = Set(arguments.dropFirst().isEmpty ? ["Storfors", "Munkfors"] : Array(arguments.dropFirst()))
let municipalities = try BoundaryFile.read(path: data + "/boundaries/varmland-kommuner.geojson", nameProperty: "kommun").filter { names.contains($0.name) }
let localities = try LocalityFile.read(path: data + "/places/tatorter.osm")
let url = FileManager.default.temporaryDirectory.appendingPathComponent("plan-quality-\(getpid()).osm")
defer { try? FileManager.default.removeItem(at: url) }
_ = try DistrictGenerator.generate(municipalities: municipalities, localities: localities, options: .init(), to: url)
let extract = try OSMExtract.read(path: url.path)
let derived = try HouseholdDerivation(rules: HouseholdRules(), districtName: "x").derive(
    mapPoints: extract.points, buildings: extract.buildings, registerRows: [], boundaries: municipalities)
let graph = StreetGraph.build(ways: extract.mapWays.map { WayInput(coordinates: $0.coordinates, tags: $0.tags) }, profile: WalkingProfile())
let index = SnapIndex(graph: graph)
let barriers = extract.mapWays.filter { WalkingProfile().isBarrier($0.tags) }.map(\.coordinates)
let rules = PlanningRules()
for name in names.sorted() {
    let points = extract.points.filter { derived.associationOfPoint[$0.key] == name }.map { ($0, derived.counts[$0.key]?.households ?? 0) }
    let start = DispatchTime.now().uptimeNanoseconds
    let areas = AreaPlanner(rules: rules, profile: WalkingProfile()).plan(association: name, points: points, graph: graph, index: index, barriers: barriers)
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    func count(_ balance: PlannedArea.Balance) -> Int { areas.filter { $0.balance == balance }.count }
    func share(_ n: Int) -> Int { Int((100 * Double(n) / Double(max(1, areas.count))).rounded()) }
    let within = count(.within)
    let walks = areas.filter { $0.mode == .walk }
    print("\(name): \(points.count) points, \(areas.count) areas (\(areas.count - walks.count) by car), "
        + "\(within) within ±15 % (\(share(within)) %; walks \(walks.filter { $0.balance == .within }.count) of \(walks.count)), "
        + "short: \(count(.paperCap)) full of papers, \(count(.remnant)) remnants; \(String(format: "%.2f", seconds)) s")
    print("  minutes: " + areas.map { "\($0.mode == .car ? "c" : "")\(Int($0.minutes))" }.joined(separator: " "))
}

/// The walking unit graph of one municipality and the cutter's partition of it, for partition.py.
struct UnitGraphDump: Encodable {
    var target: Double
    var tolerance: Double
    var seconds: [Double]
    var x: [Double]
    var y: [Double]
    var adjacency: [[Int]]
    /// Units of the walking pieces (the rest are rural) and the area of each, from AreaCutter.
    var walkUnits: [Int]
    var utdelningPart: [Int]
    var utdelningSeconds: Double
}

if let dump {
    for name in names.sorted() {
        let points = extract.points.filter { derived.associationOfPoint[$0.key] == name }.map { ($0, derived.counts[$0.key]?.households ?? 0) }
            .filter { $0.1 > 0 }
        guard let box = BoundingBox(points.map(\.0.coordinate)) else { continue }
        let projection = LocalProjection(origin: box.center)
        var snaps: [String: Snap] = [:]
        for (point, _) in points { snaps[point.key] = index.snap(point.coordinate, maxMeters: 150) }
        let crossings = CrossingIndex(lines: barriers.map { $0.map(projection.project) })
        let units = DeliveryUnits(
            points: points, snaps: snaps, graph: graph, profile: WalkingProfile(), rules: rules, projection: projection, barriers: crossings)
        let walking = units.walkingGraph
        let target = rules.targetMinutes * 60
        let cutter = AreaCutter(targetSeconds: target, maxPapers: rules.maxPapers, tolerance: rules.tolerance)
        let pieces = cutter.components(walking).filter { $0.reduce(0.0) { $0 + walking.seconds[$1] } >= rules.ruralBelowShareOfTarget * target }
        let start = DispatchTime.now().uptimeNanoseconds
        let areas = cutter.cut(walking, pieces: pieces)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        var part: [Int: Int] = [:]
        for (i, area) in areas.enumerated() { for u in area { part[u] = i } }
        let walkUnits = pieces.flatMap { $0 }.sorted()
        let out = UnitGraphDump(
            target: target, tolerance: rules.tolerance, seconds: walking.seconds, x: walking.centers.map(\.x), y: walking.centers.map(\.y),
            adjacency: walking.adjacency, walkUnits: walkUnits, utdelningPart: walkUnits.map { part[$0] ?? -1 }, utdelningSeconds: seconds)
        try JSONEncoder().encode(out).write(to: URL(fileURLWithPath: dump).appendingPathComponent("\(name).json"))
    }
}
