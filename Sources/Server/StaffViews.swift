import Foundation
import UtdelningKit

/// The log-in page: the form, its token, and why the last try failed.
struct LoginView {
    var title = "Logga in"
    var map = false
    var staff = true
    var csrf: String
    var name = ""
    var error: String?

    static let wrong = "Fel namn eller lösenord."
    static let throttled = "För många försök. Vänta en stund och försök igen."
}

/// A page that says no, and what to do instead.
struct MessageView {
    var title: String
    var map = false
    var staff = true
    var heading: String
    var text: String
    var link: String
    var linkText: String

    static let forbidden = MessageView(
        title: "Ingen behörighet", heading: "Ingen behörighet", text: "Din roll får inte öppna den här sidan.", link: "/login", linkText: "Logga in som någon annan")
    static let staleForm = MessageView(
        title: "Formuläret gäller inte", heading: "Formuläret gäller inte längre",
        text: "Sidan var för gammal eller kom inte härifrån. Ladda om sidan och försök igen.", link: "/login", linkText: "Till inloggningen")
}

/// The coordinator's first page: each volunteer with their areas and link, and the buttons
/// that renew or revoke it. A new link's URL is shown once, right after it is made.
struct CoordinatorView {
    struct Row {
        var name: String
        var association: String
        var areas: String
        var link: String?
        var renewURL: String
        var revokeURL: String?
    }

    struct Renewed {
        var name: String
        var url: String
    }

    var title: String
    var map = false
    var staff = true
    var user: String
    var csrf: String
    var words: ConsoleWords
    var canRenew: Bool
    var rows: [Row]
    var renewed: Renewed?

    init(rows: [VolunteerLinkRow], user: StaffUser, csrf: String, canRenew: Bool, renewed: RenewedLink? = nil, words: ConsoleWords = .swedish) {
        self.words = words
        title = words.table.linksHeading
        self.user = user.name
        self.csrf = csrf
        self.canRenew = canRenew
        self.rows = rows.map { row in
            Row(
                name: row.name, association: row.association, areas: row.areas.isEmpty ? "–" : row.areas.map(\.description).joined(separator: ", "),
                link: row.openLink.map(words.numbered), renewURL: "/coordinator/volunteers/\(row.volunteer)/renew",
                revokeURL: row.openLink.map { "/coordinator/links/\($0)/revoke" })
        }
        self.renewed = renewed.flatMap { link in rows.first { $0.volunteer == link.volunteer }.map { Renewed(name: $0.name, url: link.url) } }
    }
}
