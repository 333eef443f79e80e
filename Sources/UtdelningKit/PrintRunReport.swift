import Foundation
import Households
import Planner
import Store

extension District {
    /// Papers to order per association and for the district: every household of the
    /// association, planned or not, plus the spare margin (config `sheets.sparePercent`).
    public func printRun(sparePercent: Double? = nil) throws -> PrintRun {
        let spare = sparePercent ?? config.sheets.sparePercent
        if let problem = ConfigRange.sparePercent.problem(spare) { throw ArgumentError("--spare \(problem)") }
        let (points, names) = try existingStore().read { tx in (try tx.points(), try tx.associationNames()) }
        // Every association has a line, an empty one with 0, so none vanishes from the order.
        var households = Dictionary(uniqueKeysWithValues: names.map { ($0, 0) })
        for p in points { if let association = p.association { households[association, default: 0] += p.count.households } }
        return PrintRun(households: households.map { ($0.key, $0.value) }, sparePercent: spare)
    }
}
