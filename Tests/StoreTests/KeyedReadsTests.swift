import Foundation
import Geometry
import Households
import Planner
import TestSupport
import Testing
import Vocabulary

@testable import Store

/// A report on a few doors reads those doors, not the district: the keyed reads give what
/// the whole-table reads give for them, in the order written, however many keys are asked.
struct KeyedReadsTests {
    @Test func keyedReadsMatchTheWholeTableForTheirDoorsAcrossStatementGroups() throws {
        let store = try DistrictStore(path: Fixtures.scratch().appendingPathComponent("k.sqlite").path)
        let here = Coordinate(latitude: 59.38, longitude: 13.50)
        let points = (1...1_200).map { DeliveryPoint(key: PointKey("n\($0)"), address: Address(street: "Storgatan", houseNumber: "\($0)"), coordinate: here) }
        try store.write { tx in
            let id = try tx.upsertDataset(name: "a", kind: .osm, fileName: "a.osm", bytes: 1, report: "{}")
            _ = try tx.syncMapPoints(points, datasetID: id)
            // Two reports on every third door, the later one a skip, and one on a door the district never had.
            for i in stride(from: 1, through: 1_200, by: 3) {
                for (outcome, time) in [(DeliveryRecord.Outcome.delivered, "2030-08-14T18:00:00Z"), (.skipped, "2030-08-15T18:00:00Z")] {
                    let record = DeliveryRecord(
                        pointKey: PointKey("n\(i)"), outcome: outcome, reason: outcome == .skipped ? .locked : nil, households: 1,
                        reportedAt: time, reporter: nil)
                    try tx.addDelivery(record, area: nil, version: nil)
                }
            }
        }
        // More keys than one statement's group, with repeats and a door that is not there.
        let asked = (1...1_100).map { PointKey("n\($0)") } + ["n7", "n7", "gone"]
        let (keyed, whole, existing) = try store.read { tx in
            (try tx.deliveries(pointKeys: asked), try tx.deliveries(), try tx.existingPoints(among: asked))
        }
        let askedSet = Set(asked)
        #expect(keyed == whole.filter { askedSet.contains($0.pointKey) })
        #expect(keyed.count == 2 * 367)
        #expect(existing == Set((1...1_100).map { PointKey("n\($0)") }))
        let stored = try store.read { tx in try tx.points(keys: asked) }
        #expect(stored.map(\.point.key) == (1...1_100).map { PointKey("n\($0)") }.sorted())
    }
}
