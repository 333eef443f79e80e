import Foundation
import Geometry
import Vocabulary

extension AreaPlanner {
    /// Rural points by bike or car (`rules.ruralMode`), route first and cut second: in
    /// compact sectors, each driven once from its point nearest the start and cut into
    /// consecutive rounds of about the target time; a sector's drive that no number of
    /// rounds divides leaves its short rounds as remnants.
    func ruralRounds(_ keys: [PointKey], _ c: RouteContext) -> [PlannedArea] {
        let keys = keys.sorted()
        guard !keys.isEmpty else { return [] }
        // One drive through thousands of farms would need a matrix of millions of
        // street distances: cut them first into sectors of at most 400 points. Sectors
        // are compact (halved across their longer side): wedges around the start reached
        // from the town to the border, and every search from a farm in one went as far.
        return Self.sectors(keys, at: keys.map { c.coordinate($0) }, size: 400).concurrentMap { sectorRounds($0, c) }.flatMap { $0 }
    }

    /// Halves the points at the median of their longer side until each part has at
    /// most `size`; ties by key, so the parts do not depend on the input's order.
    static func sectors(_ keys: [PointKey], at coordinates: [Coordinate], size: Int) -> [[PointKey]] {
        guard keys.count > size, let box = BoundingBox(coordinates) else { return [keys] }
        let projection = LocalProjection(origin: box.center)
        let points = coordinates.map(projection.project)
        let (xs, ys) = (points.map(\.x), points.map(\.y))
        let alongX = (xs.max() ?? 0) - (xs.min() ?? 0) >= (ys.max() ?? 0) - (ys.min() ?? 0)
        let sorted = keys.indices.sorted { a, b in
            let (pa, pb) = alongX ? (points[a].x, points[b].x) : (points[a].y, points[b].y)
            return (pa, keys[a]) < (pb, keys[b])
        }
        let half = sorted.count / 2
        return [sorted[..<half], sorted[half...]].flatMap { part in
            sectors(part.map { keys[$0] }, at: part.map { coordinates[$0] }, size: size)
        }
    }

    private func sectorRounds(_ keys: [PointKey], _ c: RouteContext) -> [PlannedArea] {
        let mode = rules.ruralMode
        // Rounds are stretches of the drive: they look their distances up in its table.
        let table = DistanceTable(keys, c)
        let drive = orderedTour(keys, c, in: table)
        let households = drive.order.map(c.households)
        let service = households.map { rules.serviceSeconds(households: $0) }
        var legs = drive.legMeters.map { $0 / rules.speedMetersPerSecond(mode, walking: profile) }
        let splitter = RoundSplit(target: rules.target)
        var routed: [Range<Int>: PlannedArea] = [:]
        func round(_ stops: Range<Int>) -> PlannedArea {
            if let known = routed[stops] { return known }
            let area = route(keys: Array(drive.order[stops]), mode: mode, c, in: table)
            routed[stops] = area
            return area
        }
        var rounds = splitter.split(serviceSeconds: service, legSeconds: legs, papers: households)
        // A round driven on its own takes a shorter way than its stretch of the sector's
        // drive, which suits the sector: scale each stretch's legs to its round's drive and split again.
        for _ in 0..<Self.ruralCalibrations {
            for stops in rounds where stops.count > 1 {
                let stretch = legs[stops.lowerBound..<(stops.upperBound - 1)].reduce(0, +)
                let driven = round(stops).time.seconds.value - service[stops].reduce(0, +)
                guard stretch > 0 else { continue }
                for leg in stops.lowerBound..<(stops.upperBound - 1) { legs[leg] *= max(0, driven) / stretch }
            }
            rounds = splitter.split(serviceSeconds: service, legSeconds: legs, papers: households)
        }
        rounds = splitter.even(rounds, seconds: { round($0).time.seconds.value }, papers: { households[$0].reduce(0, +) })
        var areas = rounds.map(round)
        let divides = joining.divides(service.reduce(0, +) + legs.reduce(0, +))
        for i in areas.indices where areas[i].balance == .outside {
            areas[i].balance = isShortOfPapers(areas[i]) ? .paperCap : divides ? .outside : .remnant
        }
        return areas
    }

    /// Split, drive each round, re-weigh the legs and split again this many times.
    static let ruralCalibrations = 1
}

/// Cuts one drive into consecutive rounds (route first, cut second): of all the ways
/// to cut, the one with the fewest rounds outside the tolerance of the target, then
/// the least squared deviation from it, each round within the paper cap (a single
/// stop over it stands alone). Dynamic programming over the cut points, as in
/// Beasley's split of a giant tour.
struct RoundSplit {
    let target: AreaTarget
    var targetSeconds: Double { target.seconds.value }
    var maxPapers: Int { target.maxPapers }

    /// - Parameters:
    ///   - serviceSeconds: time at each stop.
    ///   - legSeconds: driving from each stop to the next (one fewer than the stops).
    ///   - papers: each stop's papers.
    /// - Returns: the rounds as ranges of stops, in order, covering every stop.
    func split(serviceSeconds: [Double], legSeconds: [Double], papers: [Int]) -> [Range<Int>] {
        let n = serviceSeconds.count
        guard n > 0 else { return [] }
        // Sums before each stop: a round from stop a to b - 1 serves a..<b and drives the legs between them.
        var serviceBefore = [0.0]
        var legsBefore = [0.0]
        var papersBefore = [0]
        for i in 0..<n {
            serviceBefore.append(serviceBefore[i] + serviceSeconds[i])
            legsBefore.append(legsBefore[i] + (i < legSeconds.count ? legSeconds[i] : 0))
            papersBefore.append(papersBefore[i] + papers[i])
        }
        typealias Cost = (outside: Int, squares: Double)
        var best = [Cost](repeating: (Int.max, .infinity), count: n + 1)
        var cutBefore = [Int](repeating: 0, count: n + 1)
        best[0] = (0, 0)
        for end in 1...n {
            for start in stride(from: end - 1, through: 0, by: -1) {
                let time = serviceBefore[end] - serviceBefore[start] + legsBefore[end - 1] - legsBefore[start]
                let carried = papersBefore[end] - papersBefore[start]
                if end - start > 1 && (carried > maxPapers || time > 2 * targetSeconds) { break }
                let deviation = time - targetSeconds
                let cost: Cost = (best[start].outside + (target.isWithin(Seconds(time)) ? 0 : 1), best[start].squares + deviation * deviation)
                if cost < best[end] {
                    best[end] = cost
                    cutBefore[end] = start
                }
            }
        }
        var rounds: [Range<Int>] = []
        var end = n
        while end > 0 {
            rounds.append(cutBefore[end]..<end)
            end = cutBefore[end]
        }
        return rounds.reversed()
    }
}

extension RoundSplit {
    /// Moves stops across the shared end of two consecutive rounds, from the longer to
    /// the shorter, while one of the two is outside the tolerance and a move leaves
    /// fewer of them outside, or as many and closer to the target, on measured times.
    /// - Parameters:
    ///   - seconds: a round's measured time (the planner drives it).
    ///   - papers: a round's papers.
    func even(_ rounds: [Range<Int>], seconds: (Range<Int>) -> Double, papers: (Range<Int>) -> Int) -> [Range<Int>] {
        var rounds = rounds
        func outside(_ time: Double) -> Int { target.isWithin(Seconds(time)) ? 0 : 1 }
        func squares(_ a: Double, _ b: Double) -> Double { (a - targetSeconds) * (a - targetSeconds) + (b - targetSeconds) * (b - targetSeconds) }
        for _ in 0..<Self.evenSweeps {
            var moved = false
            for b in rounds.indices.dropLast() {
                let (left, right) = (rounds[b], rounds[b + 1])
                let (leftTime, rightTime) = (seconds(left), seconds(right))
                let before = outside(leftTime) + outside(rightTime)
                guard before > 0 else { continue }
                // Half the gap in stops, at the donor's mean time per stop; then a half of that, then one.
                let donorCount = leftTime < rightTime ? right.count : left.count
                let perStop = max(leftTime, rightTime) / Double(donorCount)
                let estimate = Int((abs(rightTime - leftTime) / 2 / perStop).rounded())
                for k in Set([estimate, estimate / 2, 3, 2, 1]).sorted(by: >) where k >= 1 && k < donorCount {
                    let cut = leftTime < rightTime ? right.lowerBound + k : left.upperBound - k
                    let (newLeft, newRight) = (left.lowerBound..<cut, cut..<right.upperBound)
                    guard papers(newLeft) <= maxPapers || newLeft.count == 1, papers(newRight) <= maxPapers || newRight.count == 1 else { continue }
                    let (l, r) = (seconds(newLeft), seconds(newRight))
                    let after = outside(l) + outside(r)
                    if after < before || (after == before && squares(l, r) < squares(leftTime, rightTime)) {
                        rounds[b] = newLeft
                        rounds[b + 1] = newRight
                        moved = true
                        break
                    }
                }
            }
            if !moved { break }
        }
        return rounds
    }

    static let evenSweeps = 8
}
