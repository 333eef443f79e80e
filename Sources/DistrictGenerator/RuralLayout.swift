import Foundation
import Geometry
import Households

/// Farms scattered over a municipality, on one rural road that winds from the
/// main town's edge through every farm's driveway.
extension DistrictGenerator {
    mutating func rural(_ boundary: Boundary, households: Int, anchor: Int64?, anchorPoint: Coordinate?) throws {
        guard households > 0, let box = BoundingBox(boundary.shape.allCoordinates) else { return }
        var farms: [Coordinate] = []
        var attempts = 0
        while farms.count < households && attempts < households * 50 {
            attempts += 1
            let c = Coordinate(
                latitude: random.uniform(box.minLatitude...box.maxLatitude), longitude: random.uniform(box.minLongitude...box.maxLongitude))
            if try assigner.association(at: c) == boundary.name { farms.append(c) }
        }
        guard let first = farms.first else { return }
        let center = box.center
        let projection = LocalProjection(origin: first)
        // Around the municipality's centre by angle: a road that sweeps once round.
        let ordered = farms.sorted {
            atan2($0.latitude - center.latitude, $0.longitude - center.longitude)
                < atan2($1.latitude - center.latitude, $1.longitude - center.longitude)
        }
        let road = "\(boundary.name) landsväg"
        var roadside: [Int64] = []
        var roadsidePoints: [PlanarPoint] = []
        for (index, farm) in ordered.enumerated() {
            let at = projection.project(farm)
            _ = map.rectangle(
                center: at, width: 15, depth: 20, projection: projection,
                tags: [("building", "farm")] + Self.addressTags(street: road, number: index + 1, dropped: dropsAddress(households: 1)))
            try tally(farm, households: 1)
            let driveway = map.node(projection.unproject(PlanarPoint(x: at.x, y: at.y - 12)))
            let side = PlanarPoint(x: at.x, y: at.y - 60)
            let node = map.node(projection.unproject(side))
            map.way([driveway, node], tags: [("highway", "service")])
            roadside.append(node)
            roadsidePoints.append(side)
        }
        // Rural roads as a minimum spanning tree over the farms' roadsides and the
        // main town's corner (Prim): every farm reachable, no road wider than needed.
        if let anchor, let anchorPoint = anchorPoint {
            roadside.append(anchor)
            roadsidePoints.append(projection.project(anchorPoint))
        }
        for (a, b) in Self.spanningTree(roadsidePoints) {
            map.way([roadside[a], roadside[b]], tags: [("highway", "unclassified"), ("name", road)])
        }
        truth.farms += ordered.count
    }

    /// Edges of a minimum spanning tree over points (Prim, O(n²)).
    static func spanningTree(_ points: [PlanarPoint]) -> [(Int, Int)] {
        guard points.count > 1 else { return [] }
        func d(_ a: Int, _ b: Int) -> Double { (points[a].x - points[b].x) * (points[a].x - points[b].x) + (points[a].y - points[b].y) * (points[a].y - points[b].y) }
        var inTree = [Bool](repeating: false, count: points.count)
        var best = [Double](repeating: .infinity, count: points.count)
        var parent = [Int](repeating: -1, count: points.count)
        var edges: [(Int, Int)] = []
        best[0] = 0
        for _ in points.indices {
            var next = -1
            for i in points.indices where !inTree[i] && (next < 0 || best[i] < best[next]) { next = i }
            inTree[next] = true
            if parent[next] >= 0 { edges.append((parent[next], next)) }
            for i in points.indices where !inTree[i] && d(next, i) < best[i] {
                best[i] = d(next, i)
                parent[i] = next
            }
        }
        return edges
    }
}
