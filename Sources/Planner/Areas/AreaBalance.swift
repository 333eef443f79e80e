import Vocabulary

extension AreaPlanner {
    /// Whether the paper cap, a hard rule, keeps this area from the time target: one
    /// entrance over the cap, or short with a bag within the tolerance of full, or with
    /// no neighbouring unit (`lightestNeighbourPapers`) that fits in the bag. Not the
    /// density of flats alone: 18 papers in 3 minutes, among flats where a full bag
    /// would be done in 40, was called full of papers, though its bag had room for more.
    func isShortOfPapers(_ area: PlannedArea, lightestNeighbourPapers: Int? = nil) -> Bool {
        if area.households > rules.maxPapers { return true }
        guard area.time < rules.target.shortestMinutes, area.households > 0 else { return false }
        let noNeighbourFits = lightestNeighbourPapers.map { area.households + $0 > rules.maxPapers } ?? false
        return rules.target.isFullBag(papers: area.households) || noNeighbourFits
    }

    /// Why a walking area outside the tolerance is: full of papers, a remnant (its
    /// piece of streets is one no number of areas divides within the tolerance, with
    /// no other piece in reach), or neither.
    func balance(of area: PlannedArea, members: [Int], remnantUnits: Set<Int>, in units: DeliveryUnits) -> PlannedArea.Balance {
        guard !rules.target.isWithin(area.time) else { return .within }
        let inside = Set(members)
        let lightestNeighbour = members.flatMap { units.adjacency[$0] }.filter { !inside.contains($0) }.map { units.units[$0].papers }.min()
        if isShortOfPapers(area, lightestNeighbourPapers: lightestNeighbour) { return .paperCap }
        guard members.allSatisfy(remnantUnits.contains) else { return .outside }
        // Too small to hand out, it is a remnant only alone on its piece of streets: with
        // another area on the same streets, it stayed because none had room for it.
        let tiny = rules.target.isTiny(area.time, papers: area.households)
        return tiny && lightestNeighbour != nil ? .outside : .remnant
    }

    /// Units of the pieces (after joining) that no number of areas divides within the tolerance.
    func remnantUnits(_ pieces: [[Int]], _ graph: CutGraph) -> Set<Int> {
        Set(pieces.filter { piece in !joining.divides(piece.reduce(0.0) { $0 + graph.seconds[$1] }) }.joined())
    }
}
