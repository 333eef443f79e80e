import Foundation
import UtdelningKit
import Households
import Wording

/// The plain-text forms of reports, for the terminal.
public enum ReportText {
    public static func osm(_ r: OSMImportReport) -> String {
        var lines = [
            "imported \(r.dataset): \(r.nodes.grouped) nodes, \(r.ways.grouped) ways, \(r.relations.grouped) relations",
            "  \((r.deliveryPoints - r.withoutAddress.points).grouped) delivery points from \(r.addressObjects.grouped) objects with addr:housenumber",
            "  \(r.buildings.grouped) buildings, \(r.mapWays.grouped) street, rail and water ways (\(r.walkableWays.grouped) walkable)",
        ]
        lines += withoutAddress(r.withoutAddress)
        for (reason, count) in r.skipped.sorted(by: { $0.key < $1.key }) {
            let examples = (r.skippedExamples[reason] ?? []).joined(separator: ", ")
            lines.append("  skipped \(count.counting("address", "addresses")): \(reason) (e.g. \(examples))")
        }
        if r.brokenBuildings > 0 { lines.append("  skipped \(r.brokenBuildings.counting("building", "buildings")): broken geometry") }
        if r.brokenMapWays > 0 { lines.append("  skipped \(r.brokenMapWays.counting("street way", "street ways")): broken geometry") }
        if r.takenOver > 0 {
            lines.append("  \(r.takenOver.grouped) delivery points were in other datasets too (the same OSM objects): counted once, now from this file")
        }
        if r.businessesTakenIn > 0 {
            lines.append("  \(r.businessesTakenIn.counting("business", "businesses")) of other datasets stood at this file's homes: merged into them")
        }
        lines.append(r.changes == 0 ? "  no changes: the database already held this file" : "  \(r.changes.grouped) rows written or removed")
        return lines.joined(separator: "\n")
    }

    /// "  57 homes without an address in the map (hus utan adress): 43 building=house, 14 building=yes on evidence".
    static func withoutAddress(_ t: HomesWithoutAddress.Tally) -> [String] {
        var lines: [String] = []
        if t.points > 0 {
            let rules = t.byRule.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { "\($0.value.grouped) \($0.key)" }
            lines.append("  \(t.points.counting("home", "homes")) without an address in the map (hus utan adress): \(rules.joined(separator: ", ")) (households gaps lists them)")
        }
        if t.behindAnotherBuilding > 0 {
            lines.append("  skipped \(t.behindAnotherBuilding.counting("building=yes", "building=yes")) without an address that stand behind another building (sheds, garages)")
        }
        if t.withoutStreet > 0 {
            lines.append("  skipped \(t.withoutStreet.counting("home", "homes")) without an address: no named street near (e.g. \(t.withoutStreetExamples.joined(separator: ", ")))")
        }
        return lines
    }

    public static func register(_ r: RegisterImportReport) -> String {
        """
        imported \(r.dataset): \(r.rows.counting("register row", "register rows")), \
        \(r.matchedByAddress.grouped) matched a mapped address, \(r.matchedByPosition.grouped) a mapped point by position, \
        \(r.newPoints.counting("new point", "new points"))
        """ + (r.mergedRows == 0 ? "" : "\n  \(r.mergedRows.counting("row repeats", "rows repeat")) an address: households added up")
            + (r.changes == 0 ? "\n  no changes: the database already held this file" : "")
    }

    public static func boundaries(_ r: BoundaryImportReport) -> String {
        "imported \(r.dataset): \(r.associations.count) associations (\(r.associations.joined(separator: ", ")))"
            + (r.changes == 0 ? "\n  no changes: the database already held this file" : "")
    }

    public static func refresh(_ r: RefreshReport) -> String {
        var lines: [String] = []
        if r.estimatesToCheck > 0 {
            lines.append("  \(r.estimatesToCheck.counting("household count", "household counts")) to check: many households, size alone or an empty home (households check)")
        }
        for name in r.emptyAssociations {
            lines.append("  warning: association '\(name)' has no households: no address lies in its polygon (check the boundaries and the extract)")
        }
        if r.outsidePoints > 0 {
            let whereTo = r.outsideGoTo.map { "planned as the association '\($0)'" } ?? "each given to the nearest association"
            lines.append("  warning: \(r.outsideHouseholds.counting("household", "households")) at \(r.outsidePoints.counting("point", "points")) "
                + "lie outside every association's polygon: \(whereTo) (see households outside)")
        }
        for o in r.overlaps {
            lines.append("  warning: \(o.points.grouped) points lie in both \(o.winner) and \(o.loser); given to \(o.winner), the smaller polygon")
        }
        lines += knownTotalWarnings(r.knownTotals)
        lines += associations(r.associations)
        lines += calibration(r.calibration)
        return lines.joined(separator: "\n")
    }

    static func associations(_ r: AssociationChangeReport) -> [String] {
        var lines = r.renamed.map { "  renamed association '\($0.from)' to '\($0.to)': it keeps its volunteers, areas and reports" }
        if r.movedVolunteers > 0 {
            let who = r.movedVolunteers.counting("volunteer", "volunteers")
            lines.append("  moved \(who) to the association their home lies in")
        }
        for removal in r.removed {
            let held = [(removal.areas, "area", "areas"), (removal.volunteers, "volunteer", "volunteers")].filter { $0.0 > 0 }
                .map { $0.0.counting($0.1, $0.2) }
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
            name.padding(toLength: width, withPad: " ", startingAt: 0) + pad(points.grouped, 16) + pad(households.grouped, 12)
        }
        var lines: [String] = ["association".padding(toLength: width, withPad: " ", startingAt: 0) + pad("delivery points", 16) + pad("households", 12)]
        for a in s.associations { lines.append(row(a.name, a.deliveryPoints, a.households)) }
        lines.append(row("total", s.deliveryPoints, s.households))
        lines.append("")
        // Counted in their associations above; said loudly, since no polygon holds them.
        if s.outside.deliveryPoints > 0 {
            lines.append("outside every association's polygon, planned all the same: \(s.outside.households.counting("household", "households")) "
                + "at \(s.outside.deliveryPoints.counting("point", "points")) (households outside lists them)")
        }
        lines.append("households by source: \(s.bySource.explicit.grouped) explicit, \(s.bySource.estimated.grouped) estimated, \(s.bySource.default.grouped) default")
        if s.withoutAddress.deliveryPoints > 0 {
            lines.append("hus utan adress (a home the map gives no address): \(s.withoutAddress.households.counting("household", "households")) "
                + "at \(s.withoutAddress.deliveryPoints.counting("point", "points")) (households gaps lists them)")
        }
        lines += calibration(s.calibration).map { String($0.dropFirst(2)) }
        if !s.totals.isEmpty { lines += ["", "known totals (import totals):", knownTotals(s.totals)] }
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
            return "\(name): \(areas.count.counting("area", "areas"))" + (rural.isEmpty ? "" : " (\(rural.joined(separator: ", ")))")
                + ", \((areas.reduce(0) { $0 + $1.households }).grouped) households"
        }
        if let c = r.changes {
            lines.append(
                "kept \(c.kept.counting("area as it was", "areas as they were")), \(c.updated) took new points, \(c.added) new, \(c.removed) removed")
        }
        lines.append("\(s.areas.counting("area", "areas")), \(s.households.grouped) households, \(s.unassignedHouseholds.grouped) unassigned; "
            + "\(s.withinTolerance) of \(s.areas) within tolerance of the target (short: \(s.paperCapped) full of papers, "
            + "\(s.remnants) remnants); deadhead \(Int((s.deadheadRatio * 100).rounded())) %"
            + (s.tiny > 0 ? "; \(s.tiny) too small to hand out, \(s.tinyAlone) of them alone on a piece of streets of its own" : ""))
        return lines.joined(separator: "\n")
    }

    public static func areas(_ r: AreasReport) -> String {
        let width = max(12, r.areas.map(\.association.count).max() ?? 0)
        var lines = [
            "    id  " + "association".padding(toLength: width, withPad: " ", startingAt: 0)
                + "  mode  points  papers  minutes  metres  sheet  status",
        ]
        for a in r.areas {
            // "v2" for the sheet version, "v2*" when that version is on paper.
            let sheet = "v\(a.version)" + (a.printedVersion == a.version ? "*" : "")
            lines.append(
                pad(a.id.description, 6) + "  " + a.association.padding(toLength: width, withPad: " ", startingAt: 0) + "  "
                    + a.mode.padding(toLength: 4, withPad: " ", startingAt: 0) + pad(a.deliveryPoints.grouped, 8) + pad(a.papers.grouped, 8)
                    + pad(String(format: "%.0f", a.minutes), 9) + pad(Int(a.routeMeters).grouped, 8) + "  " + sheet.padding(toLength: 5, withPad: " ", startingAt: 0)
                    + "  " + a.status + (a.locked ? ", locked" : ""))
        }
        lines.append(areasSummary(r).split(separator: "\n").last.map(String.init) ?? "")
        return lines.joined(separator: "\n")
    }

    static func pad(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(1, width - text.count)) + text
    }
}

extension ReportText {
    /// `volunteers import`'s report.
    public static func volunteers(_ r: VolunteerImportReport, file: String) -> String {
        var lines = ["imported \(file): \(r.rows.counting("volunteer", "volunteers")), \(r.added) new, \(r.updated) updated, \(r.unchanged) unchanged"]
        if !r.homesNotFound.isEmpty {
            lines.append("  \(r.homesNotFound.count.counting("home is not an imported address", "homes are not imported addresses")) "
                + "(\(r.homesNotFound.prefix(5).joined(separator: ", "))); add lat and lon to place them")
        }
        return lines.joined(separator: "\n")
    }

    /// `deliveries import`'s report (returned sheets typed in).
    public static func returnedSheets(_ r: DeliveryReport, file: String) -> String {
        "imported \(file): \(r.recorded.grouped) recorded, \(r.repeated.grouped) already so"
    }

    /// `plan`'s report: the summary, then what the plan kept and lost.
    public static func plan(_ report: AreasReport, forced: Bool) -> String {
        var text = areasSummary(report)
        if let outcome = report.outcome {
            let campaign = CampaignText.outcome(outcome, renumbered: report.changes?.updatedIDs ?? [], forced: forced)
            if !campaign.isEmpty { text += "\n" + campaign }
        }
        return text
    }
}
