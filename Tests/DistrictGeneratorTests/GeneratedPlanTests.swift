import Foundation
import Households
import Planner
import Routing
import TestSupport
import Testing

@testable import DistrictGenerator

/// A generated municipality (towns, villas, blocks of flats, farms, a main road and
/// a railway) cut into areas: the rules that must hold, and the balance. One small
/// municipality keeps the debug test run short; Benchmarks/plan-quality does more.
@Suite(.serialized)
struct GeneratedPlanTests {
    struct Planned {
        var points: [String: [(point: DeliveryPoint, households: Int)]]
        var areas: [String: [PlannedArea]]
    }

    static let planned: Result<Planned, Error> = Result {
        let municipalities = try BoundaryFile.read(path: Fixtures.shared("boundaries/varmland-kommuner.geojson"), nameProperty: "kommun")
            .filter { $0.name == "Storfors" }
        let localities = try LocalityFile.read(path: Fixtures.shared("places/tatorter.osm"))
        let url = Fixtures.scratch("generated-plan").appendingPathComponent("district.osm")
        _ = try DistrictGenerator.generate(municipalities: municipalities, localities: localities, options: .init(), to: url)
        let extract = try OSMExtract.read(path: url.path)
        let derived = try HouseholdDerivation(rules: HouseholdRules(), districtName: "x").derive(
            mapPoints: extract.points, buildings: extract.buildings, registerRows: [], boundaries: municipalities)
        let profile = WalkingProfile()
        let graph = StreetGraph.build(ways: extract.mapWays.map { WayInput(coordinates: $0.coordinates, tags: $0.tags) }, profile: profile)
        let index = SnapIndex(graph: graph)
        let barriers = extract.mapWays.filter { profile.isBarrier($0.tags) }.map(\.coordinates)
        var result = Planned(points: [:], areas: [:])
        for name in ["Storfors"] {
            let points = extract.points.filter { derived.associationOfPoint[$0.key] == name }.map { ($0, derived.counts[$0.key]?.households ?? 0) }
            result.points[name] = points
            result.areas[name] = AreaPlanner(rules: PlanningRules(), profile: profile)
                .plan(association: name, points: points, graph: graph, index: index, barriers: barriers)
        }
        return result
    }

    @Test func everyPointWithHouseholdsIsInExactlyOneArea() throws {
        let planned = try Self.planned.get()
        for (name, points) in planned.points {
            let routed = (planned.areas[name] ?? []).flatMap(\.route)
            #expect(routed.count == Set(routed).count, "\(name): a point in two areas")
            #expect(Set(routed) == Set(points.filter { $0.households > 0 }.map(\.point.key)), "\(name)")
        }
    }

    @Test func noAreaCarriesMorePapersThanTheCapUnlessItIsOneEntrance() throws {
        let areas = try Self.planned.get().areas.values.flatMap { $0 }
        #expect(areas.allSatisfy { $0.households <= 300 || $0.route.count == 1 })
    }

    @Test func nineInTenAreasThatAreNotRemnantsAreWithinTheToleranceOrFullOfPapers() throws {
        for (name, areas) in try Self.planned.get().areas {
            let balanced = areas.filter { $0.balance == .within || $0.balance == .paperCap }.count
            let remnants = areas.filter { $0.balance == .remnant }.count
            #expect(Double(balanced) >= 0.9 * Double(areas.count - remnants), "\(name): \(areas.map { Int($0.time.value) })")
            // The balance each area reports is its time's.
            #expect(areas.allSatisfy { ($0.balance == .within) == (abs($0.time.value - 90) <= 13.5) })
        }
    }

    @Test func farmsGoByCarAndTownsOnFoot() throws {
        for (name, areas) in try Self.planned.get().areas {
            #expect(areas.contains { $0.mode == .car } && areas.contains { $0.mode == .walk }, "\(name)")
        }
    }
}
