import Planner
import UtdelningKit
import Wording
import Vocabulary

/// What a plan kept and lost, and the top-up lists, for the terminal.
public enum CampaignText {
    /// - Parameter renumbered: areas that kept their id with other stops (a new sheet version).
    public static func outcome(_ o: PlanOutcome, renumbered: [AreaID], forced: Bool) -> String {
        var lines: [String] = []
        if !renumbered.isEmpty {
            lines.append("new sheet version (stops changed) for " + (renumbered.count == 1 ? "area " : "areas ")
                + renumbered.map(\.description).joined(separator: ", "))
        }
        let bound = [(o.keptAssigned, "assigned"), (o.keptPrinted, "printed"), (o.keptReported, "reported on"), (o.keptLocked, "locked")]
            .filter { $0.0 > 0 }.map { "\($0.0.grouped) \($0.1)" }
        if !bound.isEmpty {
            lines.append("kept as handed out (same ids, stops and numbers): " + bound.joined(separator: ", ")
                + (forced ? "" : "; `plan --force` would recut all but the locked ones"))
        }
        for r in o.removed {
            var line = "removed area \(r.id) (\(r.association))"
            if let volunteer = r.volunteer { line += ", held by \(volunteer)" }
            if r.reportedDoors > 0 { line += ", \(r.reportedDoors.counting("door", "doors")) reported (the reports stay; its sheet no longer resolves)" }
            lines.append(line)
        }
        if !o.topUps.isEmpty { lines.append(topUps(o.topUps)) }
        for name in o.withoutHouseholds {
            lines.append("warning: association '\(name)' has no households, so no areas: no address lies in its polygon (check the boundaries and the extract)")
        }
        return lines.joined(separator: "\n")
    }

    public static func topUps(_ topUps: [TopUp]) -> String {
        var lines = ["top-up lists (handed-out areas whose sheet no longer matches):"]
        for t in topUps {
            var head = "  area \(t.area) (version \(t.version)):"
            if t.papersToAdd > 0 { head += " " + t.papersToAdd.counting("paper", "papers") + " to add" }
            if t.doorsGone > 0 { head += (t.papersToAdd > 0 ? "," : "") + " " + t.doorsGone.counting("door", "doors") + " gone" }
            lines.append(head)
            for s in t.stops {
                let now = s.householdsNow.map { $0.counting("household", "households") + " now" } ?? "gone from the district"
                lines.append("    stop \(s.stop) (\(s.pointKey)): \(s.householdsOnSheet.grouped) on the sheet, \(now)")
            }
        }
        return lines.joined(separator: "\n")
    }
}
