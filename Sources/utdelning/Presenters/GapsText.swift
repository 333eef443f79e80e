import Foundation
import UtdelningKit
import Wording

/// `households gaps` for the terminal: per association a heading, then one home a line.
enum GapsText {
    static func list(_ homes: [HomeWithoutAddress]) -> String {
        var lines: [String] = []
        // The listing comes sorted by association; each heading once, in that order.
        let associations = homes.map(\.association).reduce(into: [String?]()) { names, name in
            if names.last != name { names.append(name) }
        }
        for association in associations {
            let theirs = homes.filter { $0.association == association }
            lines.append("\(association ?? "no association"): \(theirs.count.counting("home", "homes")) without an address, "
                + households(theirs))
            for home in theirs {
                lines.append("  \(home.key)\t\(home.street)\t\(home.households)\t\(home.evidence)\t"
                    + String(format: "%.6f,%.6f", home.latitude, home.longitude))
            }
        }
        lines.append("\(homes.count.counting("home", "homes")) without an address in the map (hus utan adress), " + households(homes))
        return lines.joined(separator: "\n")
    }

    private static func households(_ homes: [HomeWithoutAddress]) -> String {
        homes.reduce(0) { $0 + $1.households }.counting("household", "households")
    }
}
