import UtdelningKit

/// The links of one `links` run, for the coordinator's terminal and for a mail merge.
enum LinkText {
    static let header = ["link", "kind", "volunteer", "name", "email", "association", "areas", "url"]

    static func rows(_ listing: LinkListing) -> [[String]] {
        listing.links.map { row in
            [String(row.id), row.kind, row.volunteer.map(String.init(describing:)) ?? "", row.name ?? "", row.email ?? "", row.association,
             row.areas.map(String.init(describing:)).joined(separator: " "), row.url]
        }
    }

    static func text(_ listing: LinkListing) -> String {
        var lines = ([header] + rows(listing)).map { $0.joined(separator: "\t") }
        if !listing.links.isEmpty && listing.links.allSatisfy({ $0.kind == "board" }) {
            lines.append("a link to the board's dashboard, shown this once; open through \(listing.expires); `utdelning links revoke ID` closes it")
        } else {
            lines.append("\(listing.links.count) new, \(listing.kept) kept from before (not shown again; revoke one to make a new one); open through \(listing.expires)")
        }
        return lines.joined(separator: "\n")
    }

    static func csv(_ listing: LinkListing) -> String {
        SpreadsheetCSV.document([header] + rows(listing))
    }
}
