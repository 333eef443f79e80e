import Hummingbird
import Households

/// What the coordinator's console says, Swedish by default and English when asked: the same
/// `?lang=` and cookie as the phone pages (`PhoneWords.language(of:)`, `LanguageChoice`).
/// Pages read them as `{{words.…}}`; the frame takes `words.lang` for `<html lang>`.
struct ConsoleWords: Sendable {
    var lang: String
    var otherLanguage: String
    /// The language the link to the other one is written in.
    var otherLang: String
    var otherLanguageURL: String
    var loggedIn: String
    var logOut: String
    // The console's navigation.
    var navAreas: String
    var navVolunteers: String
    var navLinks: String
    var navPrintRun: String
    var navReport: String
    var navAudit: String
    var navBoard: String
    // The volunteers.
    var volunteers: String
    var name: String
    var association: String
    var mode: String
    var capacity: String
    var areas: String
    var link: String
    var edit: String
    var newLink: String
    var linkActive: String
    var linkExpired: String
    var linkRevoked: String
    var linkNone: String
    var noVolunteers: String
    var areaUnit: String
    var areasUnit: String
    var hoursUnit: String
    var save: String
    var saved: String
    var contact: String
    var contactNote: String
    var forget: String
    var forgetQuestion: String
    var forgetExplanation: String
    var forgetConfirm: String
    var cancel: String
    var forgotten: String
    var newLinkShown: String
    var copyLink: String
    var backToVolunteers: String
    var conflictHeading: String
    var volunteerConflict: String
    var reloadVolunteer: String
    var walk: String
    var bike: String
    var car: String
    // The areas page.
    var areasHeading: String
    var colourBy: String
    var byStatus: String
    var byBalance: String
    var byVolunteer: String
    var noVolunteer: String
    var report: String
    var reportPDF: String
    var reportHTML: String
    /// The tables' words: columns, statuses, the print run, the audit log, the links page.
    var table = ConsoleTableWords.swedish
    /// An area's page.
    var areaPage = ConsoleAreaWords.swedish
    /// The data page (uploads, planning) and the job pages.
    var data = ConsoleDataWords.swedish

    static let swedish = ConsoleWords(
        lang: "sv", otherLanguage: "In English", otherLang: "en", otherLanguageURL: "?lang=en", loggedIn: "Inloggad", logOut: "Logga ut",
        navAreas: "Områden", navVolunteers: "Volontärer", navLinks: "Länkar", navPrintRun: "Tryckupplaga", navReport: "Rapport",
        navAudit: "Ändringslogg", navBoard: "Styrelsens sida",
        volunteers: "Volontärer", name: "Namn", association: "Förening", mode: "Sätt", capacity: "Kapacitet", areas: "Områden", link: "Länk",
        edit: "Ändra", newLink: "Ny länk", linkActive: "aktiv", linkExpired: "utgången", linkRevoked: "återkallad", linkNone: "ingen",
        noVolunteers: "Inga volontärer ännu: importera dem med utdelning volunteers import.", areaUnit: "område", areasUnit: "områden", hoursUnit: "timmar",
        save: "Spara", saved: "Sparat.", contact: "Kontakt",
        contactNote: "Visas bara här, för att nå personen (till exempel med en ny länk). Skrivs aldrig ut på ark.",
        forget: "Glöm personen", forgetQuestion: "Glömma volontären?",
        forgetExplanation: "Personen raderas ur databasen, utan spår i dess filer. Områdena blir lediga, och det som rapporterats finns kvar utan namn. Det går inte att ångra.",
        forgetConfirm: "Ja, glöm personen", cancel: "Avbryt", forgotten: "Volontären är glömd.",
        newLinkShown: "Ny länk. Den visas bara nu: kopiera den och skicka den. Den gamla länken slutar gälla.", copyLink: "Kopiera länken",
        backToVolunteers: "Till volontärerna", conflictHeading: "Någon annan hann före",
        volunteerConflict: "Volontären ändrades efter att du öppnade sidan. Din ändring är inte gjord.", reloadVolunteer: "Ladda om volontären",
        walk: "till fots", bike: "cykel", car: "bil",
        areasHeading: "Områden", colourBy: "Färg efter", byStatus: "status", byBalance: "balans mot målet", byVolunteer: "volontär",
        noVolunteer: "Ingen volontär", report: "Styrelsens rapport", reportPDF: "PDF", reportHTML: "HTML")

    static let english = ConsoleWords(
        lang: "en", otherLanguage: "På svenska", otherLang: "sv", otherLanguageURL: "?lang=sv", loggedIn: "Logged in", logOut: "Log out",
        navAreas: "Areas", navVolunteers: "Volunteers", navLinks: "Links", navPrintRun: "Print run", navReport: "Report",
        navAudit: "Change log", navBoard: "Board's page",
        volunteers: "Volunteers", name: "Name", association: "Association", mode: "Mode", capacity: "Capacity", areas: "Areas", link: "Link",
        edit: "Edit", newLink: "New link", linkActive: "active", linkExpired: "expired", linkRevoked: "revoked", linkNone: "none",
        noVolunteers: "No volunteers yet: import them with utdelning volunteers import.", areaUnit: "area", areasUnit: "areas", hoursUnit: "hours",
        save: "Save", saved: "Saved.", contact: "Contact",
        contactNote: "Shown only here, to reach the person (with a new link, say). Never printed on sheets.",
        forget: "Forget this person", forgetQuestion: "Forget the volunteer?",
        forgetExplanation: "The person is erased from the database, with no trace left in its files. Their areas become free, and what was reported stays, without a name. This cannot be undone.",
        forgetConfirm: "Yes, forget this person", cancel: "Cancel", forgotten: "The volunteer is forgotten.",
        newLinkShown: "New link. It is shown only now: copy it and send it. The old link stops working.", copyLink: "Copy the link",
        backToVolunteers: "Back to the volunteers", conflictHeading: "Someone else got there first",
        volunteerConflict: "The volunteer was changed after you opened the page. Your change is not made.", reloadVolunteer: "Reload the volunteer",
        walk: "on foot", bike: "bike", car: "car",
        areasHeading: "Areas", colourBy: "Colour by", byStatus: "status", byBalance: "balance against the target", byVolunteer: "volunteer",
        noVolunteer: "No volunteer", report: "The board's report", reportPDF: "PDF", reportHTML: "HTML", table: .english, areaPage: .english, data: .english)

    static func of(_ request: Request) -> ConsoleWords {
        PhoneWords.language(of: request) == .en ? english : swedish
    }

    /// "1 område", "3 områden".
    func areaCount(_ n: Int) -> String { "\(n) \(n == 1 ? areaUnit : areasUnit)" }

    /// "2 områden", or "6 timmar (2 områden)" when given in hours (the areas when known).
    func capacity(areas: Int?, hours: Double?, counted: Int?) -> String {
        guard let hours else { return areaCount(areas ?? counted ?? 1) }
        let h = (ConsoleVolunteerView.number(hours: hours) ?? "").replacingOccurrences(of: ".", with: lang == "sv" ? "," : ".")
        return "\(h) \(hoursUnit)" + (counted.map { " (\(areaCount($0)))" } ?? "")
    }

    func mode(_ mode: Volunteer.Mode) -> String {
        switch mode {
        case .walk: walk
        case .bike: bike
        case .car: car
        }
    }
}
