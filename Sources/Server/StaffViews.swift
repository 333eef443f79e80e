import Foundation
import UtdelningKit

/// The log-in page: the form, its token, and why the last try failed, in the language asked for.
struct LoginView {
    var title: String
    var map = false
    var staff = true
    var words: ConsoleWords
    var csrf: String
    var name = ""
    var error: String?

    init(csrf: String, name: String = "", error: String? = nil, words: ConsoleWords) {
        title = words.door.logIn
        self.words = words
        self.csrf = csrf
        self.name = name
        self.error = error
    }
}

/// A page that says no, and what to do instead.
struct MessageView {
    var title: String
    var map = false
    var staff = true
    var words: ConsoleWords
    var heading: String
    var text: String
    var link: String
    var linkText: String

    static func forbidden(_ words: ConsoleWords) -> MessageView {
        let door = words.door
        return MessageView(title: door.forbidden, words: words, heading: door.forbidden, text: door.forbiddenText, link: "/login", linkText: door.logInAsOther)
    }

    static func staleForm(_ words: ConsoleWords) -> MessageView {
        let door = words.door
        return MessageView(title: door.staleTitle, words: words, heading: door.staleHeading, text: door.staleText, link: "/login", linkText: door.toLogIn)
    }
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
