import Foundation
import UtdelningKit
import Vocabulary

/// Someone else changed the area (or the volunteer) after the page was loaded: what changed,
/// and the way back.
struct ConflictView {
    var title = "Området har ändrats"
    var map = false
    var staff = true
    var heading = "Någon annan hann före"
    var text = "Området ändrades efter att du öppnade sidan. Din ändring är inte gjord."
    var linkText = "Ladda om området"
    var words = ConsoleWords.swedish
    var changes: [String]
    var url: String

    init(changes: [String], url: String) {
        self.changes = changes
        self.url = url
    }

    init(area: AreaID, seen: AreaRevision, now: AreaRevision, names: [VolunteerID: String]) {
        func who(_ id: VolunteerID?) -> String { id.map { "\(names[$0] ?? "") (nr \($0))" } ?? "ingen" }
        var changes: [String] = []
        if seen.volunteer != now.volunteer { changes.append("Volontär: du såg \(who(seen.volunteer)), nu \(who(now.volunteer)).") }
        if seen.locked != now.locked { changes.append(now.locked ? "Området har låsts." : "Området har låsts upp.") }
        if seen.version != now.version { changes.append("Arket har en ny version: \(now.version) (du såg \(seen.version)).") }
        self.init(changes: changes, url: "/coordinator/areas/\(area)")
    }
}
