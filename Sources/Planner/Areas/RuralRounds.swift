import Foundation
import Geometry

extension AreaPlanner {
    /// Rural points by bike or car (`rules.ruralMode`), route first and cut second:
    /// one round trip through all of them from the start, cut into consecutive rounds of
    /// about the target time; a short last round joins the one before when that stays
    /// within tolerance, or else stands as a remnant.
    func ruralRounds(_ keys: [String], _ c: RouteContext) -> [PlannedArea] {
        let keys = keys.sorted()
        guard !keys.isEmpty else { return [] }
        // One drive through thousands of farms would need a matrix of millions of
        // street distances: cut them first into sectors around the start, at most
        // 400 points each, and drive each sector on its own.
        let sectorSize = 400
        guard keys.count <= sectorSize else {
            func angle(_ key: String) -> Double {
                let p = c.coordinate(key)
                return atan2(p.latitude - c.start.latitude, p.longitude - c.start.longitude)
            }
            let around = keys.sorted { (angle($0), $0) < (angle($1), $1) }
            let sectors = (around.count + sectorSize - 1) / sectorSize
            let size = (around.count + sectors - 1) / sectors
            return stride(from: 0, to: around.count, by: size).flatMap { first in
                sectorRounds(Array(around[first..<min(first + size, around.count)]), c)
            }
        }
        return sectorRounds(keys, c)
    }

    private func sectorRounds(_ keys: [String], _ c: RouteContext) -> [PlannedArea] {
        let mode = rules.ruralMode
        let speed = rules.speedMetersPerSecond(mode, walking: profile)
        let drive = orderedTour(keys, c)
        let target = rules.targetMinutes * 60
        var rounds: [[String]] = [[]]
        var seconds = 0.0
        var papers = 0
        for (i, key) in drive.order.enumerated() {
            let households = c.households(key)
            let step = (i == 0 ? 0 : drive.legMeters[i - 1] / speed) + rules.serviceSeconds(households: households)
            if let current = rounds.last, !current.isEmpty,
                seconds + step > target * (1 + rules.tolerance) || papers + households > rules.maxPapers || seconds >= target {
                rounds.append([])
                seconds = rules.serviceSeconds(households: households)
                papers = 0
            } else {
                seconds += step
            }
            rounds[rounds.count - 1].append(key)
            papers += households
        }
        var areas = rounds.map { route(keys: $0, mode: mode, c) }
        if areas.count > 1, let last = areas.last, last.minutes < rules.targetMinutes * (1 - rules.tolerance) {
            let merged = route(keys: areas[areas.count - 2].route + last.route, mode: mode, c)
            if merged.minutes <= rules.targetMinutes * (1 + rules.tolerance) && merged.households <= rules.maxPapers {
                areas.removeLast(2)
                areas.append(merged)
            }
        }
        if let last = areas.indices.last, areas[last].balance == .outside { areas[last].balance = .remnant }
        return areas
    }
}
