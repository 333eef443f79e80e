import Vocabulary

extension AreaTarget {
    /// Under a quarter of the time and a quarter of the paper cap together: too little to hand out.
    public func isTiny(_ time: Minutes, papers: Int) -> Bool {
        time.value < minutes.value / 4 && papers * 4 < maxPapers
    }
}

extension AreaPlanner {
    /// A routed area too small to hand out (`AreaTarget.isTiny`) joins the shortest area
    /// beside it whose papers and time leave room for it, if the two routed together stay
    /// within the longest time. One with no area beside it is the only area of a piece of
    /// streets of its own, and stays (labelled a remnant).
    /// - Parameter route: routes an area's units.
    /// - Returns: the areas and their routes without those that joined another, in order.
    func absorbTiny(
        _ areas: [[Int]], _ walks: [PlannedArea], graph: CutGraph, route: ([Int]) -> PlannedArea
    ) -> (areas: [[Int]], walks: [PlannedArea]) {
        let target = rules.target
        guard walks.contains(where: { target.isTiny($0.time, papers: $0.households) }) else { return (areas, walks) }
        var areas = areas
        var walks = walks
        var areaOf: [Int: Int] = [:]
        for (i, area) in areas.enumerated() { for u in area { areaOf[u] = i } }
        var gone = Set<Int>()
        let tiny = walks.indices.filter { target.isTiny(walks[$0].time, papers: walks[$0].households) }
        for i in tiny.sorted(by: { (walks[$0].time.value, $0) < (walks[$1].time.value, $1) }) {
            let beside = Set(areas[i].flatMap { graph.adjacency[$0] }.compactMap { areaOf[$0] }).subtracting([i]).subtracting(gone)
            let room = beside.filter {
                walks[$0].households + walks[i].households <= target.maxPapers
                    && walks[$0].time.value + walks[i].time.value <= target.longestMinutes.value
            }
            for into in room.sorted(by: { (walks[$0].time.value, $0) < (walks[$1].time.value, $1) }) {
                let joined = (areas[into] + areas[i]).sorted()
                let walk = route(joined)
                guard walk.time <= target.longestMinutes else { continue }
                areas[into] = joined
                walks[into] = walk
                for u in areas[i] { areaOf[u] = into }
                gone.insert(i)
                break
            }
        }
        let kept = areas.indices.filter { !gone.contains($0) }
        return (kept.map { areas[$0] }, kept.map { walks[$0] })
    }
}
