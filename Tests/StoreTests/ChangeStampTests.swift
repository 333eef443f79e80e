import Foundation
import GRDB
import TestSupport
import Testing

@testable import Store

/// A write worked out from a read goes in only if nothing was written in between (issue 17:
/// an `area unlock` during `plan --fresh` was written over, and 85 households lost their area).
struct ChangeStampTests {
    func dataset(_ tx: StoreTransaction, _ name: String) throws {
        _ = try tx.upsertDataset(name: name, kind: .osm, fileName: "\(name).osm", bytes: 1, report: "{}")
    }

    func count(_ store: DistrictStore) throws -> Int {
        try store.read { tx in try Int.fetchOne(tx.db, sql: "SELECT count(*) FROM dataset") ?? 0 }
    }

    @Test func aWriteByAnotherCommandMeanwhileIsNotWrittenOver() throws {
        let path = Fixtures.scratch().appendingPathComponent("s.sqlite").path
        let planner = try DistrictStore(path: path)
        let other = try DistrictStore(path: path)  // another process: its own connections
        let (_, stamp) = try planner.stampedRead { tx in try Int.fetchOne(tx.db, sql: "SELECT count(*) FROM dataset") }
        try other.write { tx in try dataset(tx, "unlock") }
        #expect(throws: StoreError(path: path, kind: .changed)) { try planner.write(unchangedSince: stamp) { tx in try dataset(tx, "plan") } }
        #expect(try count(planner) == 1, "only the other command's write")
        // Read again, it goes in.
        let (_, fresh) = try planner.stampedRead { tx in try Int.fetchOne(tx.db, sql: "SELECT count(*) FROM dataset") }
        try planner.write(unchangedSince: fresh) { tx in try dataset(tx, "plan") }
        #expect(try count(planner) == 2)
    }

    @Test func aWriteOfThisProcessMeanwhileCountsToo() throws {
        let store = try DistrictStore(path: Fixtures.scratch().appendingPathComponent("s.sqlite").path)
        let (_, stamp) = try store.stampedRead { _ in () }
        try store.write { tx in try dataset(tx, "tick") }
        #expect(throws: StoreError.self) { try store.write(unchangedSince: stamp) { tx in try dataset(tx, "plan") } }
    }

    @Test func deliveriesAloneMeanwhileWriteWhenWhatWasReadStillHolds() throws {
        let path = Fixtures.scratch().appendingPathComponent("s.sqlite").path
        let planner = try DistrictStore(path: path)
        let phones = try DistrictStore(path: path)
        let (_, stamp) = try planner.stampedRead { _ in () }
        try phones.write(.deliveries) { _ in }
        try planner.write(unchangedSince: stamp, orIfOnlyDeliveriesAnd: { _ in true }) { tx in try dataset(tx, "plan") }
        #expect(try count(planner) == 1)
        // What was read no longer holds, or no check was given: refused.
        let (_, again) = try planner.stampedRead { _ in () }
        try phones.write(.deliveries) { _ in }
        #expect(throws: StoreError(path: path, kind: .changed)) {
            try planner.write(unchangedSince: again, orIfOnlyDeliveriesAnd: { _ in false }) { tx in try dataset(tx, "plan 2") }
        }
        #expect(throws: StoreError(path: path, kind: .changed)) { try planner.write(unchangedSince: again) { tx in try dataset(tx, "plan 2") } }
    }

    @Test func anyOtherWriteMeanwhileRefusesWhateverTheDeliveries() throws {
        let path = Fixtures.scratch().appendingPathComponent("s.sqlite").path
        let planner = try DistrictStore(path: path)
        let other = try DistrictStore(path: path)
        let (_, stamp) = try planner.stampedRead { _ in () }
        try other.write(.deliveries) { _ in }
        try other.write { tx in try dataset(tx, "unlock") }
        #expect(throws: StoreError(path: path, kind: .changed)) {
            try planner.write(unchangedSince: stamp, orIfOnlyDeliveriesAnd: { _ in true }) { tx in try dataset(tx, "plan") }
        }
        // This process's own other write counts as well.
        let (_, fresh) = try planner.stampedRead { _ in () }
        try planner.write { _ in }
        #expect(throws: StoreError.self) { try planner.write(unchangedSince: fresh, orIfOnlyDeliveriesAnd: { _ in true }) { tx in try dataset(tx, "plan") } }
    }

    @Test func nothingWrittenMeanwhileWritesAtOnce() throws {
        let store = try DistrictStore(path: Fixtures.scratch().appendingPathComponent("s.sqlite").path)
        let (_, stamp) = try store.stampedRead { _ in () }
        try store.write(unchangedSince: stamp) { tx in try dataset(tx, "plan") }
        #expect(try count(store) == 1)
    }
}
