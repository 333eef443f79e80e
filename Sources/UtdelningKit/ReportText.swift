import Foundation
import Households

/// The plain-text forms of reports, for the terminal.
public enum ReportText {
    public static func osm(_ r: OSMImportReport) -> String {
        var lines = [
            "imported \(r.dataset): \(n(r.nodes)) nodes, \(n(r.ways)) ways, \(n(r.relations)) relations",
            "  \(n(r.deliveryPoints)) delivery points from \(n(r.addressObjects)) objects with addr:housenumber",
            "  \(n(r.buildings)) buildings, \(n(r.mapWays)) street, rail and water ways (\(n(r.walkableWays)) walkable)",
        ]
        for (reason, count) in r.skipped.sorted(by: { $0.key < $1.key }) {
            let examples = (r.skippedExamples[reason] ?? []).joined(separator: ", ")
            lines.append("  skipped \(n(count)) addresses: \(reason) (e.g. \(examples))")
        }
        if r.brokenBuildings > 0 { lines.append("  skipped \(n(r.brokenBuildings)) buildings: broken geometry") }
        if r.brokenMapWays > 0 { lines.append("  skipped \(n(r.brokenMapWays)) street ways: broken geometry") }
        if r.takenOver > 0 {
            lines.append("  \(n(r.takenOver)) delivery points were in other datasets too (the same OSM objects): counted once, now from this file")
        }
        lines.append(r.changes == 0 ? "  no changes: the database already held this file" : "  \(n(r.changes)) rows written or removed")
        return lines.joined(separator: "\n")
    }

    public static func register(_ r: RegisterImportReport) -> String {
        """
        imported \(r.dataset): \(n(r.rows)) register rows, \(n(r.matchedByAddressOrPosition)) matched a mapped address, \
        \(n(r.newPoints)) new points
        """ + (r.changes == 0 ? "\n  no changes: the database already held this file" : "")
    }

    public static func boundaries(_ r: BoundaryImportReport) -> String {
        "imported \(r.dataset): \(r.associations.count) associations (\(r.associations.joined(separator: ", ")))"
            + (r.changes == 0 ? "\n  no changes: the database already held this file" : "")
    }

    public static func refresh(_ r: RefreshReport) -> String {
        var lines: [String] = []
        if r.outsidePoints > 0 { lines.append("  \(n(r.outsidePoints)) points lie outside every association (see households outside)") }
        for o in r.overlaps {
            lines.append("  warning: \(n(o.points)) points lie in both \(o.winner) and \(o.loser); given to \(o.winner), the smaller polygon")
        }
        lines += associations(r.associations)
        lines += calibration(r.calibration)
        return lines.joined(separator: "\n")
    }

    static func associations(_ r: AssociationChangeReport) -> [String] {
        var lines = r.renamed.map { "  renamed association '\($0.from)' to '\($0.to)': it keeps its volunteers, areas and reports" }
        if r.movedVolunteers > 0 {
            let who = r.movedVolunteers == 1 ? "1 volunteer" : "\(n(r.movedVolunteers)) volunteers"
            lines.append("  moved \(who) to the association their home lies in")
        }
        for removal in r.removed {
            let held = [(removal.areas, "areas"), (removal.volunteers, "volunteers")].filter { $0.0 > 0 }.map { "\(n($0.0)) \($0.1)" }
            lines.append("  removed association '\(removal.name)'" + (held.isEmpty ? "" : " with \(held.joined(separator: " and "))"))
        }
        if !r.staleInConfiguration.isEmpty {
            let names = r.staleInConfiguration.map { "'\($0)'" }.joined(separator: ", ")
            lines.append("  note: the configuration still names \(names) under associations (contact, start): update it there")
        }
        return lines
    }

    static func calibration(_ entries: [Calibration.Entry]) -> [String] {
        guard !entries.isEmpty else { return ["  calibration: no building type has enough building:flats; using the configured m² per dwelling"] }
        return ["  calibration (m² per dwelling from building:flats):"] + entries.map { e in
            "    \(e.buildingType) in \(e.association ?? "the whole district"): \(String(format: "%.0f", e.squareMetersPerDwelling)) m² from \(e.samples) buildings"
        }
    }

    public static func summary(_ s: HouseholdSummary) -> String {
        let width = max(12, s.associations.map(\.name.count).max() ?? 0)
        func row(_ name: String, _ points: Int, _ households: Int) -> String {
            name.padding(toLength: width, withPad: " ", startingAt: 0) + pad(n(points), 16) + pad(n(households), 12)
        }
        var lines: [String] = ["association".padding(toLength: width, withPad: " ", startingAt: 0) + pad("delivery points", 16) + pad("households", 12)]
        for a in s.associations { lines.append(row(a.name, a.deliveryPoints, a.households)) }
        lines.append(row("(outside)", s.outside.deliveryPoints, s.outside.households))
        lines.append(row("total", s.deliveryPoints, s.households))
        lines.append("")
        lines.append("households by source: \(n(s.bySource.explicit)) explicit, \(n(s.bySource.estimated)) estimated, \(n(s.bySource.default)) default")
        lines += calibration(s.calibration).map { String($0.dropFirst(2)) }
        return lines.joined(separator: "\n")
    }

    public static func areasSummary(_ r: AreasReport) -> String {
        let s = r.summary
        let byAssociation = Dictionary(grouping: r.areas, by: \.association)
        var lines = byAssociation.keys.sorted().map { name in
            let areas = byAssociation[name] ?? []
            let rural = ["bike", "car"].compactMap { mode -> String? in
                let count = areas.filter { $0.mode == mode }.count
                return count > 0 ? "\(count) by \(mode)" : nil
            }
            return "\(name): \(areas.count) areas" + (rural.isEmpty ? "" : " (\(rural.joined(separator: ", ")))")
                + ", \(n(areas.reduce(0) { $0 + $1.households })) households"
        }
        if let c = r.changes {
            lines.append("kept \(c.kept) areas as they were, \(c.updated) took new points, \(c.added) new, \(c.removed) removed")
        }
        lines.append("\(s.areas) areas, \(n(s.households)) households, \(n(s.unassignedHouseholds)) unassigned; "
            + "\(s.withinTolerance) of \(s.areas) within tolerance of the target (short: \(s.paperCapped) full of papers, "
            + "\(s.remnants) remnants); deadhead \(Int((s.deadheadRatio * 100).rounded())) %")
        return lines.joined(separator: "\n")
    }

    public static func areas(_ r: AreasReport) -> String {
        let width = max(12, r.areas.map(\.association.count).max() ?? 0)
        var lines = ["    id  " + "association".padding(toLength: width, withPad: " ", startingAt: 0) + "  mode  points  papers  minutes  metres"]
        for a in r.areas {
            lines.append(
                pad(String(a.id), 6) + "  " + a.association.padding(toLength: width, withPad: " ", startingAt: 0) + "  "
                    + a.mode.padding(toLength: 4, withPad: " ", startingAt: 0) + pad(String(a.deliveryPoints), 8) + pad(String(a.papers), 8)
                    + pad(String(format: "%.0f", a.minutes), 9) + pad(n(Int(a.walkMeters)), 8) + (a.locked ? "  locked" : ""))
        }
        lines.append(areasSummary(r).split(separator: "\n").last.map(String.init) ?? "")
        return lines.joined(separator: "\n")
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(1, width - text.count)) + text
    }

    /// 12,345: grouped the same way whatever the machine's locale.
    static func n(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return (value < 0 ? "-" : "") + out
    }
}
