/// What the conflict page says when a change was made from a page older than the area or the
/// volunteer: which changed meanwhile, and how. `{what}`, `{seen}`, `{now}` are filled in.
struct ConsoleConflictWords: Sendable {
    var heading: String
    var areaTitle: String
    var areaText: String
    var reloadArea: String
    var volunteerText: String
    var reloadVolunteer: String
    /// "{what}: du såg {seen}, nu {now}."
    var changed: String
    var locked: String
    var unlocked: String
    /// "Arket har en ny version: {now} (du såg {seen})."
    var newVersion: String

    static let swedish = ConsoleConflictWords(
        heading: "Någon annan hann före", areaTitle: "Området har ändrats",
        areaText: "Området ändrades efter att du öppnade sidan. Din ändring är inte gjord.", reloadArea: "Ladda om området",
        volunteerText: "Volontären ändrades efter att du öppnade sidan. Din ändring är inte gjord.", reloadVolunteer: "Ladda om volontären",
        changed: "{what}: du såg {seen}, nu {now}.", locked: "Området har låsts.", unlocked: "Området har låsts upp.",
        newVersion: "Arket har en ny version: {now} (du såg {seen}).")

    static let english = ConsoleConflictWords(
        heading: "Someone else got there first", areaTitle: "The area has changed",
        areaText: "The area was changed after you opened the page. Your change is not made.", reloadArea: "Reload the area",
        volunteerText: "The volunteer was changed after you opened the page. Your change is not made.", reloadVolunteer: "Reload the volunteer",
        changed: "{what}: you saw {seen}, now {now}.", locked: "The area has been locked.", unlocked: "The area has been unlocked.",
        newVersion: "The sheet has a new version: {now} (you saw {seen}).")

    func changed(_ what: String, seen: String, now: String) -> String { changed.filled(["what": what, "seen": seen, "now": now]) }
}
