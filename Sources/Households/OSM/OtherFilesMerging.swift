import Vocabulary

extension OSMExtract {
    /// Merges this file's points with those other files brought, as `mergeDuplicates` does
    /// within one file, so that the order files come in changes which object stands for a
    /// door but not the doors or their households. Left out of this file: a point whose
    /// address another file's home has within the radius (a neighbouring extract's object
    /// at the same door), and a business at any stored point's address or in a building
    /// where another file has a home's door; the stored point stays, with whatever areas
    /// and reports hang on it. Taken in: another file's businesses at this file's homes'
    /// addresses or in their buildings. Stored points with a key of this extract are the
    /// same objects, not twins.
    /// - Returns: keys of the stored businesses this file's homes take in (the caller removes them).
    public mutating func dropTwins(of stored: [DeliveryPoint]) -> [PointKey] {
        // Nothing stored (a first import) or only this file's own points: no twin, nothing changes.
        guard !stored.isEmpty else { return [] }
        let own = Set(points.map(\.key))
        // A home without an address has no address to repeat (a street name alone makes no twin).
        let others = stored.filter { !own.contains($0.key) && $0.withoutAddress == nil }.sorted { $0.key < $1.key }
        guard !others.isEmpty else { return [] }
        // Another file's address on a building makes it no home without an address.
        let addressedBuildings = Set(others.compactMap(\.buildingKey))
        let storedHomes = AddressTwins(others.filter { !$0.isBusiness })
        var storedBusinesses = AddressTwins(others.filter(\.isBusiness))
        var homeOfBuilding: [String: PointKey] = [:]
        var businessesOfBuilding: [String: [DeliveryPoint]] = [:]
        for point in others {
            guard let building = point.buildingKey else { continue }
            if point.isBusiness {
                businessesOfBuilding[building, default: []].append(point)
            } else if homeOfBuilding[building] == nil {
                homeOfBuilding[building] = point.key
            }
        }
        var hostOf: [PointKey: PointKey] = [:]
        var takenIn: [PointKey] = []
        points = points.filter { point in
            if point.withoutAddress != nil { return !addressedBuildings.contains(point.buildingKey ?? "") }
            let host = storedHomes.twin(of: point)?.key
                ?? (point.isBusiness ? storedBusinesses.twin(of: point)?.key ?? point.buildingKey.flatMap { homeOfBuilding[$0] } : nil)
            if let host {
                skipped.add(point.isBusiness ? .businessMerged : .duplicateAddress, "\(point.key) = \(host) from another dataset")
                hostOf[point.key] = host
                return false
            }
            guard !point.isBusiness else { return true }
            // A home here takes in the businesses another file had at its door and in its building.
            var merged = point.buildingKey.flatMap { businessesOfBuilding.removeValue(forKey: $0) } ?? []
            while let twin = storedBusinesses.twin(of: point) {
                merged.append(twin)
                storedBusinesses.remove(twin)
            }
            // Gone, they are no one's twin any more.
            for business in merged { storedBusinesses.remove(business) }
            takenIn += merged.map(\.key)
            return true
        }
        // A building's own address (same key), or the point it was merged into, went to the host.
        for i in buildings.indices {
            // A building that carries its own address shares its key with that point.
            if let host = hostOf[PointKey(buildings[i].key)] ?? buildings[i].addressMergedInto.flatMap({ hostOf[$0] }) {
                buildings[i].addressMergedInto = host
            }
        }
        return Array(Set(takenIn)).sorted()
    }
}
