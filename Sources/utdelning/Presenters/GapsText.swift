import UtdelningKit
import Wording

/// `households gaps` for the terminal: per association a heading, then one home a line.
enum GapsText {
    static func list(_ homes: [HomeWithoutAddress]) -> String {
        var lines: [String] = []
        var association: String??
        for home in homes {
            if association != .some(home.association) {
                association = home.association
                let theirs = homes.filter { $0.association == home.association }
                lines.append("\(home.association ?? "no association"): \(theirs.count.counting("home", "homes")) without an address, "
                    + theirs.reduce(0) { $0 + $1.households }.counting("household", "households"))
            }
            lines.append("  \(home.key)\t\(home.street)\t\(home.households)\t\(home.evidence)\t"
                + String(format: "%.6f,%.6f", home.latitude, home.longitude))
        }
        lines.append("\(homes.count.counting("home", "homes")) without an address in the map (hus utan adress), "
            + homes.reduce(0) { $0 + $1.households }.counting("household", "households"))
        return lines.joined(separator: "\n")
    }
}
