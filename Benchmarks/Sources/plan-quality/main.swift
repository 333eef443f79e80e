import DistrictGenerator
import Foundation
import Households
import Planner
import Routing

/// Cuts generated municipalities into areas and reports balance, modes and time.
///   plan-quality ../../shared/data [MUNICIPALITY …]
let arguments = Array(CommandLine.arguments.dropFirst())
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
let rules = PlanningRules()
for name in names.sorted() {
    let points = extract.points.filter { derived.associationOfPoint[$0.key] == name }.map { ($0, derived.counts[$0.key]?.households ?? 0) }
    let start = DispatchTime.now().uptimeNanoseconds
    let areas = AreaPlanner(rules: rules, profile: WalkingProfile()).plan(association: name, points: points, graph: graph, index: index)
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    let within = areas.filter { abs($0.minutes - rules.targetMinutes) <= rules.tolerance * rules.targetMinutes }
    print("\(name): \(points.count) points, \(areas.count) areas (\(areas.filter { $0.mode == .car }.count) by car), "
        + "\(within.count) within ±15 % (\(Int(100 * Double(within.count) / Double(max(1, areas.count))))) %), \(String(format: "%.2f", seconds)) s")
    print("  minutes: " + areas.map { "\($0.mode == .car ? "c" : "")\(Int($0.minutes))" }.joined(separator: " "))
}
