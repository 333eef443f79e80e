import Foundation
import Households
import Store
import UtdelningKit
import Vocabulary

/// The coordinator's volunteers: what each takes on and how, their areas, and their link.
/// Names only: contact details are on a person's own page, where the coordinator needs them.
struct ConsoleVolunteersView {
    struct Row {
        var id: String
        var url: String
        var name: String
        var association: String
        var mode: String
        var capacity: String
        var areaCount: String
        var areas: [AreaLink]
        var link: String
        var linkClass: String
        var renewURL: String
    }

    struct AreaLink {
        var id: String
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
    var notice: String?
    var renewed: CoordinatorView.Renewed?

    init(
        rows: [VolunteerRosterRow], user: StaffUser, csrf: String, words: ConsoleWords, canRenew: Bool, notice: String? = nil,
        renewed: RenewedLink? = nil
    ) {
        title = words.volunteers
        self.user = user.name
        self.csrf = csrf
        self.words = words
        self.canRenew = canRenew
        self.notice = notice
        self.rows = rows.map { r in
            Row(
                id: r.volunteer.description, url: "/coordinator/volunteers/\(r.volunteer)", name: r.name, association: r.association,
                mode: words.mode(r.mode), capacity: words.capacity(areas: r.capacityAreas, hours: r.capacityHours, counted: r.capacity),
                areaCount: r.areas.count.description, areas: r.areas.map { AreaLink(id: $0.description, url: "/coordinator/areas/\($0)") },
                link: Self.link(r.link, words), linkClass: Self.linkClass(r.link),
                renewURL: "/coordinator/volunteers/\(r.volunteer)/renew?from=volunteers")
        }
        self.renewed = renewed.flatMap { link in rows.first { $0.volunteer == link.volunteer }.map { .init(name: $0.name, url: link.url) } }
    }

    static func link(_ state: VolunteerRosterRow.LinkState, _ words: ConsoleWords) -> String {
        switch state {
        case .active(let id): "\(words.linkActive) (\(words.numbered(id)))"
        case .expired(let id): "\(words.linkExpired) (\(words.numbered(id)))"
        case .revoked(let id): "\(words.linkRevoked) (\(words.numbered(id)))"
        case .none: words.linkNone
        }
    }

    static func linkClass(_ state: VolunteerRosterRow.LinkState) -> String {
        switch state {
        case .active: "link-active"
        case .expired: "link-expired"
        case .revoked: "link-revoked"
        case .none: "link-none"
        }
    }
}

/// One volunteer for the coordinator: the form that changes capacity, mode and association
/// (carrying the revision the page showed), their contact, their areas, and the way to forget them.
struct ConsoleVolunteerView {
    struct Choice {
        var value: String
        var label: String
        var selected: Bool
    }

    var title: String
    var map = false
    var staff = true
    var user: String
    var csrf: String
    var words: ConsoleWords
    var id: String
    var name: String
    var email: String?
    var phone: String?
    var association: String
    var revision: String
    var capacityValue: String
    var units: [Choice]
    var modes: [Choice]
    var associations: [Choice]
    var areas: [ConsoleVolunteersView.AreaLink]
    var link: String
    var formURL: String
    var forgetURL: String
    var notice: String?
    var error: String?

    init(
        volunteer v: StoredVolunteer, areas: [AreaID], link: VolunteerRosterRow.LinkState, associations: [String], user: StaffUser, csrf: String,
        words: ConsoleWords, notice: String? = nil, error: String? = nil
    ) {
        title = v.name
        self.user = user.name
        self.csrf = csrf
        self.words = words
        id = v.id.description
        name = v.name
        email = v.email.flatMap { $0.isEmpty ? nil : $0 }
        phone = v.phone.flatMap { $0.isEmpty ? nil : $0 }
        association = v.association
        revision = VolunteerRevision(v).token
        capacityValue = Self.number(hours: v.capacityHours) ?? String(v.capacityAreas ?? 1)
        units = [
            Choice(value: "areas", label: words.areasUnit, selected: v.capacityHours == nil),
            Choice(value: "hours", label: words.hoursUnit, selected: v.capacityHours != nil),
        ]
        modes = Volunteer.Mode.allCases.map { Choice(value: $0.rawValue, label: words.mode($0), selected: $0 == v.mode) }
        self.associations = associations.map { Choice(value: $0, label: $0, selected: $0 == v.association) }
        self.areas = areas.map { .init(id: $0.description, url: "/coordinator/areas/\($0)") }
        self.link = ConsoleVolunteersView.link(link, words)
        formURL = "/coordinator/volunteers/\(v.id)"
        forgetURL = "/coordinator/volunteers/\(v.id)/forget"
        self.notice = notice
        self.error = error
    }

    /// "6" or "2.5": hours as the form shows them.
    static func number(hours: Double?) -> String? {
        guard let hours else { return nil }
        if hours.rounded() == hours, let whole = Int(exactly: hours) { return String(whole) }
        return String(hours)
    }
}

/// Asks before a person is forgotten: a page of its own, not only a script's confirm.
struct ConsoleForgetView {
    var title: String
    var map = false
    var staff = true
    var user: String
    var csrf: String
    var words: ConsoleWords
    var name: String
    var areas: String
    var formURL: String
    var backURL: String

    init(volunteer v: StoredVolunteer, areas: Int, user: StaffUser, csrf: String, words: ConsoleWords) {
        title = words.forgetQuestion
        self.user = user.name
        self.csrf = csrf
        self.words = words
        name = v.name
        self.areas = words.areaCount(areas)
        formURL = "/coordinator/volunteers/\(v.id)/forget"
        backURL = "/coordinator/volunteers/\(v.id)"
    }
}
