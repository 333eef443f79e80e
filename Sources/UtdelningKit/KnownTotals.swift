import Foundation
import Households
import Store

/// Known totals per region (official statistics): imported, removed, and applied after
/// every derivation, so that any later import is scaled to them again.
extension District {
    /// Reads the table against the regions' polygons, stores it in place of any earlier one,
    /// and scales the estimates to it, all in one transaction.
    public func importKnownTotals(path: String, regionsPath: String, codeProperty: String, nameProperty: String? = nil) throws -> RefreshReport {
        let regions = try TotalRegionFile.read(path: regionsPath, codeProperty: codeProperty, nameProperty: nameProperty)
        let totals = try KnownTotalsFile.read(path: path, regions: regions)
        return try existingStore().write { tx in
            try tx.replaceKnownTotals(totals, fileName: Self.defaultDatasetName(path: path))
            return try refresh(tx, path: path).report
        }
    }

    /// Forgets the known totals; the estimates stand as derived again.
    /// - Returns: how many regions had a total, and the refresh.
    public func removeKnownTotals() throws -> (removed: Int, refresh: RefreshReport) {
        try existingStore().write { tx in
            let removed = try tx.replaceKnownTotals([], fileName: "")
            return (removed, try refresh(tx, path: databasePath).report)
        }
    }

    /// Scales the derived estimates to the stored totals, and records each region's outcome.
    func scaleToKnownTotals(
        _ tx: StoreTransaction, _ derived: inout HouseholdDerivation.Result, mapPoints: [DeliveryPoint]
    ) throws -> [KnownTotalOutcome] {
        let totals = try tx.knownTotals()
        guard !totals.isEmpty else { return [] }
        let scaling = KnownTotalScaling(totals: totals)
        let points = mapPoints + derived.registerPoints.values.sorted { $0.key < $1.key }
        let (counts, outcomes) = scaling.scale(derived.counts, regionOfPoint: try scaling.regionOfPoint(points))
        derived.counts = counts
        try tx.setKnownTotalOutcomes(outcomes)
        return outcomes
    }
}
