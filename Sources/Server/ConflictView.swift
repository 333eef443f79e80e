import Foundation
import UtdelningKit
import Vocabulary

/// Someone else changed the area (or the volunteer) after the page was loaded: what changed,
/// and the way back, in the page's language.
struct ConflictView {
    var title: String
    var map = false
    var staff = true
    var heading: String
    var text: String
    var linkText: String
    var words: ConsoleWords
    var changes: [String]
    var url: String

    init(area: AreaID, seen: AreaRevision, now: AreaRevision, names: [VolunteerID: String], words: ConsoleWords = .swedish) {
        let say = words.conflict
        func who(_ id: VolunteerID?) -> String { id.map { words.named(names[$0] ?? "", $0) } ?? words.areaPage.nobody }
        var changes: [String] = []
        if seen.volunteer != now.volunteer { changes.append(say.changed(words.areaPage.volunteer, seen: who(seen.volunteer), now: who(now.volunteer))) }
        if seen.locked != now.locked { changes.append(now.locked ? say.locked : say.unlocked) }
        if seen.version != now.version { changes.append(say.newVersion.filled(["now": "\(now.version)", "seen": "\(seen.version)"])) }
        self.init(words: words, title: say.areaTitle, text: say.areaText, linkText: say.reloadArea, changes: changes, url: "/coordinator/areas/\(area)")
    }

    /// Someone else changed the volunteer after the page was loaded.
    init(volunteer: VolunteerID, seen: VolunteerRevision, now: VolunteerRevision, words: ConsoleWords) {
        let say = words.conflict
        func capacity(_ r: VolunteerRevision) -> String { words.capacity(areas: r.capacityAreas, hours: r.capacityHours, counted: nil) }
        var changes: [String] = []
        if seen.capacityAreas != now.capacityAreas || seen.capacityHours != now.capacityHours {
            changes.append(say.changed(words.capacity, seen: capacity(seen), now: capacity(now)))
        }
        if seen.mode != now.mode { changes.append(say.changed(words.mode, seen: words.mode(seen.mode), now: words.mode(now.mode))) }
        if seen.association != now.association { changes.append(say.changed(words.association, seen: seen.association, now: now.association)) }
        self.init(
            words: words, title: say.heading, text: say.volunteerText, linkText: say.reloadVolunteer, changes: changes, url: "/coordinator/volunteers/\(volunteer)")
    }

    private init(words: ConsoleWords, title: String, text: String, linkText: String, changes: [String], url: String) {
        self.title = title
        heading = words.conflict.heading
        self.text = text
        self.linkText = linkText
        self.words = words
        self.changes = changes
        self.url = url
    }
}
