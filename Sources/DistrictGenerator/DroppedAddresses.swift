/// Homes drawn without `addr:*` tags, as Swedish maps often have them: the import has to
/// find them as "hus utan adress". Drawn from a random stream of their own, so a district
/// with some addresses dropped is the same district, and with none it is the same file.
extension DistrictGenerator {
    /// Whether the next home (a house, a farm, or an apartment building with all its
    /// entrances) goes without an address; counts it and its households in the truth.
    mutating func dropsAddress(households: Int) -> Bool {
        guard options.withoutAddressShare > 0, droppedAddressRandom.chance(options.withoutAddressShare) else { return false }
        truth.buildingsWithoutAddress = (truth.buildingsWithoutAddress ?? 0) + 1
        truth.householdsWithoutAddress = (truth.householdsWithoutAddress ?? 0) + households
        return true
    }

    /// The address tags of a home, none when it is one of the dropped.
    static func addressTags(street: String, number: Int, dropped: Bool) -> [(String, String)] {
        dropped ? [] : [("addr:street", street), ("addr:housenumber", String(number))]
    }
}
