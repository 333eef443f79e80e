import Foundation

/// Reads a table of known totals per region, as statistics offices publish them (SCB and
/// others): a column naming the region and a column of households or dwellings, Swedish or
/// English headers, `;` or `,` separated, numbers with spaces between thousands ("12 345").
///
/// | column | header names accepted |
/// | --- | --- |
/// | region code | `code`, `kod`, `regionkod`, `kommunkod`, `kommun_kod`, `region_code`, `id` |
/// | region name | `name`, `namn`, `region`, `kommun`, `kommunnamn`, `område`, `stadsdel`, `district`, `municipality`, `area` |
/// | households | any header containing `hushåll`, `hushall` or `household` |
/// | dwellings | any header containing `bostäder`, `bostader`, `lägenheter`, `dwelling` |
///
/// A row names its region by code, by SCB's "1760 Storfors" (the code first), or by name
/// (with the regions' names read from `--name-property`). A file with both count columns
/// uses households.
public enum KnownTotalsFile {
    /// Households or dwellings a region may have: a country's worth.
    public static let mostHouseholds = 100_000_000

    public static let codeColumn = ["code", "kod", "regionkod", "kommunkod", "kommun_kod", "region_code", "id"]
    public static let nameColumn = ["name", "namn", "region", "kommun", "kommunnamn", "område", "omrade", "stadsdel", "district", "municipality", "area"]
    static let householdWords = ["hushåll", "hushall", "household"]
    static let dwellingWords = ["bostäder", "bostader", "lägenheter", "lagenheter", "dwelling"]

    public static func read(path: String, regions: [TotalRegion]) throws -> [KnownTotal] {
        let table = try CSVTable(path: path)
        let code = table.column(codeColumn)
        let name = table.column(nameColumn)
        guard code != nil || name != nil else {
            throw InputFileError(path: path, position: "line 1", message: "no region column (expected one of: \((codeColumn + nameColumn).joined(separator: ", ")))")
        }
        let folded = table.header.map { $0.lowercased() }
        let households = folded.firstIndex { h in householdWords.contains { h.contains($0) } }
        let dwellings = folded.firstIndex { h in dwellingWords.contains { h.contains($0) } }
        guard let countColumn = households ?? dwellings else {
            throw InputFileError(path: path, position: "line 1", message: "no households or dwellings column (a header with 'hushåll', 'households', 'bostäder' or 'dwellings')")
        }
        let counted: KnownTotal.Counted = households != nil ? .households : .dwellings
        let finder = RegionFinder(regions: regions)

        var totals: [KnownTotal] = []
        var lineOfCode: [String: Int] = [:]
        for row in table.rows {
            func fail(_ message: String) -> InputFileError { InputFileError(path: path, position: "line \(row.line)", message: message) }
            let named = [table.value(row, code), table.value(row, name)].compactMap { $0 }
            guard let said = named.first else { throw fail("no region named") }
            guard let region = named.lazy.compactMap(finder.region).first else {
                throw fail("unknown region '\(said)' (the regions file has \(finder.known))")
            }
            if let first = lineOfCode[region.code] { throw fail("region '\(said)' is given twice (first on line \(first))") }
            lineOfCode[region.code] = row.line
            let text = table.value(row, countColumn) ?? ""
            guard let number = wholeNumber(text) else { throw fail("\(counted.rawValue) '\(text)' is not a whole number") }
            guard number >= 0 else { throw fail("\(counted.rawValue) \(text) is negative") }
            // More than any region has; 2^63 - 1 overflowed the apportioning (exit 132, found by
            // Tests/Reliability/fuzz.py).
            guard number <= Self.mostHouseholds else {
                throw fail("\(counted.rawValue) \(text) is more than a region has (at most \(Self.mostHouseholds))")
            }
            let tableName = table.value(row, name).flatMap { region.code == $0 ? nil : $0 }
            totals.append(KnownTotal(
                code: region.code, name: region.name ?? tableName.map(RegionFinder.withoutCode), known: number, counted: counted,
                line: row.line, shape: region.shape))
        }
        guard !totals.isEmpty else { throw InputFileError(path: path, message: "no regions in the table") }
        return totals
    }

    /// "12 345", "12 345" (a no-break space, as spreadsheets write it) or "12345"; "-3" reads as -3.
    static func wholeNumber(_ text: String) -> Int? {
        Int(text.filter { !$0.isWhitespace && $0 != "\u{202F}" })
    }
}

/// Finds the region a table's row names: by code, by a leading code ("1760 Storfors"), or by name.
struct RegionFinder {
    let byCode: [String: TotalRegion]
    let byName: [String: TotalRegion]
    let known: String

    init(regions: [TotalRegion]) {
        // A spreadsheet drops a code's leading zeros ("0114" → "114"): codes are also found without them.
        byCode = Dictionary(
            regions.map { ($0.code, $0) } + regions.map { (Self.withoutLeadingZeros($0.code), $0) }, uniquingKeysWith: { a, _ in a })
        byName = Dictionary(regions.compactMap { r in r.name.map { ($0.lowercased(), r) } }, uniquingKeysWith: { a, _ in a })
        let codes = regions.map(\.code).sorted()
        known = "codes " + codes.prefix(8).joined(separator: ", ") + (codes.count > 8 ? ", …" : "")
    }

    func region(_ said: String) -> TotalRegion? {
        if let r = byCode[said] ?? byCode[Self.withoutLeadingZeros(said)] ?? byName[said.lowercased()] { return r }
        guard let first = said.split(separator: " ").first.map(String.init) else { return nil }
        return byCode[first] ?? byCode[Self.withoutLeadingZeros(first)]
    }

    static func withoutLeadingZeros(_ code: String) -> String {
        guard code.count > 1, code.allSatisfy(\.isNumber) else { return code }
        let trimmed = code.drop { $0 == "0" }
        return trimmed.isEmpty ? "0" : String(trimmed)
    }

    /// "1760 Storfors" → "Storfors"; a plain name stays as it is.
    static func withoutCode(_ said: String) -> String {
        let words = said.split(separator: " ", maxSplits: 1)
        guard words.count == 2, words[0].allSatisfy(\.isNumber) else { return said }
        return String(words[1])
    }
}
