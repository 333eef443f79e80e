import Foundation
import UtdelningKit

/// The changes by hand, newest first: who, when, what, by id.
struct AuditView {
    struct Row {
        var at: String
        var user: String
        var action: String
        var area: String
        var volunteer: String
        var link: String
        var association: String
    }

    var title: String
    var map = false
    var staff = true
    var user: String
    var csrf: String
    var words = ConsoleWords.swedish
    var rows: [Row]

    init(log: AuditLog, user: StaffUser, csrf: String, words: ConsoleWords = ConsoleWords.swedish) {
        self.user = user.name
        self.csrf = csrf
        self.words = words
        title = words.table.auditLog
        rows = log.entries.map { e in
            Row(
                at: e.at.replacingOccurrences(of: "T", with: " ").replacingOccurrences(of: "Z", with: " UTC"), user: e.user, action: words.table.action(e.action),
                area: e.area.map { "\($0)" } ?? "", volunteer: e.volunteer.map(words.numbered) ?? "", link: e.link.map(words.numbered) ?? "", association: e.association ?? "")
        }
    }

    static func action(_ action: String) -> String { ConsoleTableWords.swedish.action(action) }
}
