import Planner

/// The print run for spreadsheets, the same file from `printrun --format csv` and the console's download.
public enum PrintRunCSV {
    /// One row per association, then the district.
    public static func document(_ run: PrintRun) -> String {
        var rows = [["förening", "hushåll", "tidningar"]]
        rows += run.associations.map { [$0.name, "\($0.households)", "\($0.papers)"] }
        rows.append(["Distriktet", "\(run.households)", "\(run.papers)"])
        return SpreadsheetCSV.document(rows)
    }
}
