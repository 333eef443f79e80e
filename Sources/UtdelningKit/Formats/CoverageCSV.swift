import Foundation
import Planner
import Rendering

/// Coverage for spreadsheets, the same file from `coverage --format csv` and the board's download.
public enum CoverageCSV {
    /// One row per area when the coverage holds areas, else one per association; then the district.
    public static func document(_ c: Coverage) -> String {
        func decimal(_ f: Double) -> String { SpreadsheetCSV.decimal(f, digits: 4) }
        let district = ["Distriktet", "\(c.households)", "\(c.delivered)", "\(c.skipped)", decimal(c.coverage)]
        guard c.areas.isEmpty else {
            let statuses = SheetWords(.sv).statuses
            return SpreadsheetCSV.document(
                [["område", "förening", "hushåll", "utdelat", "hoppat över", "täckning", "status"]]
                    + c.areas.map { a in
                        ["\(a.id)", a.association, "\(a.households)", "\(a.delivered)", "\(a.skipped)", decimal(a.coverage),
                         MapScene.Status(rawValue: a.status).flatMap { statuses[$0] } ?? a.status]
                    }
                    + [[""] + district + [""]])
        }
        return SpreadsheetCSV.document(
            [["förening", "hushåll", "utdelat", "hoppat över", "täckning", "områden", "klara", "kontakt"]]
                + c.associations.map { a in
                    [a.name, "\(a.households)", "\(a.delivered)", "\(a.skipped)", decimal(a.coverage), "\(a.areas)", "\(a.areasDone)", a.contact]
                }
                + [district + ["", "", ""]])
    }
}
