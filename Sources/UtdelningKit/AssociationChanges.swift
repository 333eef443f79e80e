import Households
import Store

extension District {
    /// What becomes of the stored associations that the facts no longer make; a
    /// refusal is the imported file's, named by its path.
    func succession(
        _ tx: StoreTransaction, path: String, wanted: [String], boundaries: [Boundary], choices: AssociationSuccession.Choices
    ) throws -> AssociationSuccession {
        let existing = try tx.associationNames()
        guard !choices.isEmpty || !Set(existing).subtracting(wanted).isEmpty else { return AssociationSuccession() }
        // Built only when a volunteer's home has to be placed.
        var assigner: AssociationAssigner?
        do {
            return try AssociationSuccession(
                existing: try tx.associationHoldings(), wanted: wanted, choices: choices, districtName: config.district.name,
                hasBoundaries: !boundaries.isEmpty,
                locate: { home in
                    let located = try assigner ?? AssociationAssigner(boundaries: boundaries)
                    assigner = located
                    return try located.association(at: home)
                })
        } catch let refusal as AssociationRefusal {
            throw InputFileError(path: path, message: refusal.message)
        }
    }
}
