import Foundation
import Households
import Planner
import Store

extension District {
    /// Papers to order per association and for the district: every household of the
    /// association, planned or not, plus the spare margin (config `sheets.sparePercent`).
    public func printRun(sparePercent: Double? = nil) throws -> PrintRun {
        let spare = sparePercent ?? config.sheets.sparePercent
        guard spare >= 0 && spare <= 100 else { throw ArgumentError("--spare must be 0 to 100 percent, not \(spare)") }
        let (points, names) = try existingStore().read { tx in (try tx.points(), try tx.associationNames()) }
        // Every association has a line, an empty one with 0, so none vanishes from the order.
        var households = Dictionary(uniqueKeysWithValues: names.map { ($0, 0) })
        for p in points { if let association = p.association { households[association, default: 0] += p.count.households } }
        return PrintRun(households: households.map { ($0.key, $0.value) }, sparePercent: spare)
    }
}
