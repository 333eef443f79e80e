import Foundation
import Geometry
import Households

/// Farms scattered over a municipality, on one rural road that winds from the
/// main town's edge through every farm's driveway.
extension DistrictGenerator {
    mutating func rural(_ boundary: Boundary, households: Int, anchor: Int64?) throws {
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
        var roadNodes: [Int64] = anchor.map { [$0] } ?? []
        for (index, farm) in ordered.enumerated() {
            let at = projection.project(farm)
            _ = map.rectangle(
                center: at, width: 15, depth: 20, projection: projection,
                tags: [("building", "farm"), ("addr:street", road), ("addr:housenumber", String(index + 1))])
            try tally(farm, households: 1)
            let driveway = map.node(projection.unproject(PlanarPoint(x: at.x, y: at.y - 12)))
            let roadside = map.node(projection.unproject(PlanarPoint(x: at.x, y: at.y - 60)))
            map.way([driveway, roadside], tags: [("highway", "service")])
            roadNodes.append(roadside)
        }
        map.way(roadNodes, tags: [("highway", "unclassified"), ("name", road)])
        truth.farms += ordered.count
    }
}
