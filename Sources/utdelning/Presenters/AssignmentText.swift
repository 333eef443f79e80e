import Foundation
import UtdelningKit
import Planner
import Vocabulary

/// `assign`, its warnings and `assignments` for the terminal, and `assignments` as CSV.
public enum AssignmentText {
    /// A line for the run, then per association each volunteer with the areas they got in
    /// it, the areas still open, who could help, and (after a rebalance) the moves.
    public static func text(_ report: AssignReport) -> String {
        var lines = ["\(report.assigned) areas assigned in this run, \(report.unassigned.count) open"]
        for association in report.associations {
            lines.append(association.name)
            for v in association.volunteers {
                lines.append("  \(v.name) (\(v.id)): \(list(v.areas)), holds \(v.holds) of \(v.capacity)")
            }
            if !association.unassigned.isEmpty { lines.append("  open: \(list(association.unassigned))") }
            for s in report.suggestions where s.association == association.name {
                lines.append("  could ask \(s.helper) (room for \(s.spareAreas)): areas \(list(s.areas))")
            }
            for m in report.moves where m.association == association.name {
                let to = m.to.map { "\(m.toName ?? "") (\($0))" } ?? "nobody"
                lines.append("  moved area \(m.area) from \(m.fromName) (\(m.from)) to \(to)")
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Ids only: stderr may end up in a log, and a volunteer's name is personal data.
    public static func warning(_ warning: ManualAssignment.Warning) -> String {
        switch warning {
        case .overCapacity(let volunteer, let areas, let capacity):
            "volunteer \(volunteer) now holds \(areas) areas, over their capacity of \(capacity)"
        case .otherAssociation(let area, let association, let volunteer, let volunteerAssociation):
            "area \(area) belongs to \(association), volunteer \(volunteer) to \(volunteerAssociation)"
        case .mode(let area, let mode, let volunteer):
            "area \(area) is a \(mode.rawValue) round and volunteer \(volunteer) does not \(mode == .car ? "drive" : "cycle")"
        }
    }

    /// A header line, then a tab-separated row per assigned area.
    public static func text(_ listing: AssignmentListing) -> String {
        let header = "area\tassociation\tvolunteer\tname\thow\tmode\tminutes\tpapers"
        return ([header] + listing.assignments.map { r in
            "\(r.area)\t\(r.association)\t\(r.volunteer)\t\(r.volunteerName)\t\(r.manual ? "manual" : "automatic")\t\(r.mode.rawValue)\t"
                + "\(String(format: "%.1f", r.minutes))\t\(r.papers)"
        }).joined(separator: "\n")
    }

    /// In Swedish, as the volunteer files are written: gång, cykel, bil.
    public static func csv(_ listing: AssignmentListing) -> String {
        let mode: [PlannedArea.Mode: String] = [.walk: "gång", .bike: "cykel", .car: "bil"]
        return SpreadsheetCSV.document(
            [["område", "förening", "utdelare", "namn", "tilldelning", "färdsätt", "minuter", "tidningar"]]
                + listing.assignments.map { r in
                    [
                        "\(r.area)", r.association, "\(r.volunteer)", r.volunteerName, r.manual ? "manuell" : "automatisk", mode[r.mode] ?? r.mode.rawValue,
                        SpreadsheetCSV.decimal(r.minutes, digits: 1), "\(r.papers)",
                    ]
                })
    }

    private static func list(_ ids: [AreaID]) -> String { ids.map(\.description).joined(separator: ", ") }
}
