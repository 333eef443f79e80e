/// Swedish-sounding street names, distinct within a town.
enum StreetNames {
    static let prefixes = [
        "Björk", "Tall", "Ek", "Gran", "Lind", "Asp", "Sjö", "Berg", "Ängs", "Skogs", "Kyrko", "Skol", "Stor", "Ny",
        "Öster", "Väster", "Norr", "Söder", "Å", "Bruks", "Hamn", "Kvarn", "Rönn", "Lönn", "Hassel", "Sol", "Blåbärs",
        "Lingon", "Rosen", "Tulpan", "Mo", "Hag", "Åker", "Torp", "Lyck", "Prästgårds", "Smedje", "Mjölnar", "Fiskar",
    ]
    static let suffixes = ["vägen", "gatan", "stigen", "gränd", "backen", "allén"]

    static func name(_ index: Int) -> String {
        let prefix = prefixes[index % prefixes.count]
        let suffix = suffixes[(index / prefixes.count) % suffixes.count]
        let round = index / (prefixes.count * suffixes.count)
        return prefix + suffix + (round == 0 ? "" : " \(round + 1)")
    }
}
