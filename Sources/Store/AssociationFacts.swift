import GRDB
import Households

extension StoreTransaction {
    /// Every association with what it holds of the campaign: volunteers, areas, and
    /// standing delivery reports on its points or areas.
    public func associationHoldings() throws -> [String: AssociationSuccession.Holdings] {
        var holdings: [String: AssociationSuccession.Holdings] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT s.name,
                (SELECT count(*) FROM area a WHERE a.associationId = s.id),
                (SELECT count(*) FROM delivery d WHERE d.undone = 0 AND (
                    d.areaId IN (SELECT id FROM area WHERE associationId = s.id)
                    OR d.pointKey IN (SELECT key FROM deliveryPoint WHERE associationId = s.id)))
            FROM association s
            """) {
            holdings[row[0]] = AssociationSuccession.Holdings(areas: row[1], deliveries: row[2])
        }
        for v in try volunteers() {
            holdings[v.association, default: .init()].volunteers.append(.init(id: v.id, name: v.name, home: v.home))
        }
        return holdings
    }

    /// Renames first (the row keeps its id, so all that hangs on it stays), then
    /// moves volunteers; the caller then adds and removes the other names.
    func renameAssociations(_ succession: AssociationSuccession) throws {
        for (old, new) in succession.renames.sorted(by: { $0.key < $1.key }) {
            try db.execute(sql: "UPDATE association SET name = ? WHERE name = ?", arguments: [new, old])
            // Calibration is the one table keyed by the name; it is worked out again after, but never stale.
            try db.execute(sql: "UPDATE calibration SET associationName = ? WHERE associationName = ?", arguments: [new, old])
        }
    }

    func moveVolunteers(_ succession: AssociationSuccession, ids: [String: Int64]) throws {
        for (volunteer, association) in succession.moves.sorted(by: { $0.key < $1.key }) {
            try db.execute(sql: "UPDATE volunteer SET associationId = ? WHERE id = ?", arguments: [ids[association], volunteer])
        }
    }
}
