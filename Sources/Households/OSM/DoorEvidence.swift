extension OSMExtractAssembler {
    /// What the address nodes in each building say about it (before any are merged, so a
    /// business merged into a home's point still speaks): how many are homes' doors, and
    /// the uses of the business ones when they all stand at one address.
    func markDoors(_ candidates: [Candidate], buildings: inout [Building]) {
        var homeDoors: [String: Int] = [:]
        var business: [String: (uses: Set<String>, addresses: Set<String>)] = [:]
        for candidate in candidates where candidate.type == 0 {
            guard let building = candidate.buildingKey else { continue }
            if let use = candidate.tags.use {
                let address = Address(street: candidate.tags.street ?? candidate.tags.place ?? "", houseNumber: candidate.tags.houseNumber)
                business[building, default: ([], [])].uses.insert(use)
                business[building, default: ([], [])].addresses.insert(address.matchKey.streetAndNumber)
            } else {
                homeDoors[building, default: 0] += 1
            }
        }
        for i in buildings.indices {
            let key = buildings[i].key
            buildings[i].homeDoors = homeDoors[key] ?? 0
            // Businesses at several doors of one building are shops below a block of flats.
            if let found = business[key], found.addresses.count == 1 { buildings[i].doorUses = found.uses.sorted() }
        }
    }
}
