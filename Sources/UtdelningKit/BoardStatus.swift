import Foundation
import Geometry
import Planner
import Rendering
import Store
import Vocabulary

/// What the board's live page shows at one moment: the coverage exactly as `utdelning coverage
/// --by area --format json` gives it (the same use case), and how long ago the last report came.
/// Nothing in it names a volunteer: the contact of an association is a board role.
public struct BoardStatus: Sendable, Codable, Equatable {
    public var district: String
    public var coverage: Coverage
    /// The newest report of a delivery or skip (ISO 8601, UTC); nil before the first.
    public var lastReportAt: String?
    public var minutesSinceLastReport: Int?
    /// When 100 % comes at the present pace, against election day, as the board's report says it.
    public var forecastLine: String
}

/// One area on the board's map: its route along the streets; the map draws the ground
/// `AreaLine.corridorMeters` either side, as the printed maps do.
public struct AreaLine: Sendable {
    public static let corridorMeters = AreaShapes.outlineMeters

    public var id: AreaID
    public var association: String
    /// The plan's judgement of its size: within, paperCap, remnant or outside (as `areas`).
    public var balance: String
    public var line: [Coordinate]
}

public struct BoardMap: Sendable {
    public var areas: [AreaLine]
    public var majorRoads: [[Coordinate]]
}

extension District {
    public func boardStatus(now: Date = Date()) throws -> BoardStatus {
        let coverage = try coverage(today: now)
        let last = try existingStore().read { tx in try tx.lastReportAt() }
        let minutes = last.flatMap(DeliveryFile.parseDate).map { max(0, Int(now.timeIntervalSince($0) / 60)) }
        let forecast = ReportPages(words: sheetWords(nil)).forecastLine(boardReport(coverage, today: now, run: nil, map: nil))
        return BoardStatus(
            district: config.district.name, coverage: coverage, lastReportAt: last, minutesSinceLastReport: minutes, forecastLine: forecast)
    }

    /// The board report's progress chart (days, forecast, election day) as SVG, today's.
    public func progressChartSVG(widthMillimetres: Double = 182, today: Date = Date()) throws -> String {
        let coverage = try coverage(today: today)
        // A folder of its own: the server draws for several pages at once.
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("utdelning-chart-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let report = boardReport(coverage, today: today, run: nil, map: nil)
        return try ReportPages(words: sheetWords(nil)).progressSVG(report, widthMillimetres: widthMillimetres, scratchDirectory: scratch.path)
    }

    /// The board's map: every area's route line, as the maps and the GeoJSON export draw it,
    /// over the major roads for bearings. Not the outlines: GEOS buffers a walk in 30–50 ms,
    /// too slow for a page of the whole district; not every street: a region's are megabytes.
    public func boardMap() throws -> BoardMap {
        let (points, areas, ways) = try existingStore().read { tx in (try tx.points(), try tx.areas(), try tx.mapWays()) }
        let position = Dictionary(uniqueKeysWithValues: points.map { ($0.point.key, $0.point.coordinate) })
        let shapes = try AreaShapes(areas: areas, position: position, ways: ways, walking: config.walking, outlines: false)
        return BoardMap(
            areas: areas.sorted { $0.id < $1.id }.compactMap { area in
                shapes.lines[area.id].map { AreaLine(id: area.id, association: area.association, balance: area.plan.balance.rawValue, line: $0) }
            },
            majorRoads: ways.filter { PlanDrawing.streetClass($0) == .major }.map(\.coordinates))
    }
}
