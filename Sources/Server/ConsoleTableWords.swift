/// The console's tables and their values in the page's language: the areas table (its
/// columns, statuses, balances, modes and forms), the print run, the audit log and the links
/// page. Kept apart from `ConsoleWords` so that each table of words stays one screen long.
struct ConsoleTableWords: Sendable {
    /// The areas table's headings, by the `areas --format json` field each sorts by.
    var columns: [String: String]
    var statuses: [String: String]
    var balances: [String: String]
    var modes: [String: String]
    var allAssociations: String
    var show: String
    var sheetsFor: String
    var download: String
    var autoAssignIn: String
    var everyAssociation: String
    var assign: String
    var locked: String
    var noAreas: String
    /// "{areas} områden · {households} hushåll · …", with the figures put in.
    var summary: String
    var printRun: String
    var households: String
    var papers: String
    var district: String
    /// Followed by the spare percentage.
    var spareNote: String
    var downloadCSV: String
    var auditLog: String
    var when: String
    var who: String
    var what: String
    var area: String
    var volunteer: String
    var noChanges: String
    var linksHeading: String
    var revoke: String
    var open: String
    var noPublicURL: String
    var actions: [String: String]

    static let swedish = ConsoleTableWords(
        columns: [
            "id": "Område", "association": "Förening", "deliveryPoints": "Stopp", "households": "Hushåll", "papers": "Tidningar", "minutes": "Minuter",
            "routeMeters": "Meter", "mode": "Sätt", "locked": "Låst", "balance": "Balans", "volunteer": "Volontär", "status": "Status",
            "version": "Version", "printedVersion": "Utskriven",
        ],
        statuses: [
            "planned": "Planerat", "assigned": "Tilldelat", "in-progress": "Påbörjat", "done-with-skips": "Klart med hinder", "delivered": "Klart",
            "not-started": "Ej påbörjat",
        ],
        balances: ["within": "inom", "paperCap": "tidningstak", "remnant": "rest", "outside": "utanför"],
        modes: ["walk": "till fots", "bike": "cykel", "car": "bil"],
        allAssociations: "Alla föreningar", show: "Visa", sheetsFor: "Arken som PDF för", download: "Ladda ner",
        autoAssignIn: "Tilldela lediga områden automatiskt i", everyAssociation: "alla föreningar", assign: "Tilldela", locked: "låst",
        noAreas: "Inga områden ännu: planera med utdelning plan.",
        summary: "{areas} områden · {households} hushåll · {within} inom toleransen · {outside} hushåll utanför alla områden",
        printRun: "Tryckupplaga", households: "Hushåll", papers: "Tidningar", district: "Distriktet",
        spareNote: "Tidningarna har {spare} % marginal, avrundat uppåt per förening.", downloadCSV: "Ladda ner som CSV",
        auditLog: "Ändringslogg", when: "När", who: "Vem", what: "Vad", area: "Område", volunteer: "Volontär",
        noChanges: "Inga ändringar gjorda för hand ännu.", linksHeading: "Volontärer och länkar", revoke: "Återkalla", open: "öppen",
        noPublicURL: "Ingen publik adress för länkar: sätt links.publicURL i konfigurationen eller starta med --public-url. Återkalla går ändå.",
        actions: [
            "assign": "tilldelade", "unassign": "tog bort tilldelning", "lock": "låste", "unlock": "låste upp", "renew-link": "ny länk",
            "revoke-link": "återkallade länk", "deliver": "registrerade ark", "auto-assign": "automatisk tilldelning",
            "edit-volunteer": "ändrade volontär", "forget-volunteer": "glömde volontär",
        ])

    static let english = ConsoleTableWords(
        columns: [
            "id": "Area", "association": "Association", "deliveryPoints": "Stops", "households": "Households", "papers": "Papers", "minutes": "Minutes",
            "routeMeters": "Metres", "mode": "Mode", "locked": "Locked", "balance": "Balance", "volunteer": "Volunteer", "status": "Status",
            "version": "Version", "printedVersion": "Printed",
        ],
        statuses: [
            "planned": "Planned", "assigned": "Assigned", "in-progress": "Under way", "done-with-skips": "Done with skips", "delivered": "Done",
            "not-started": "Not started",
        ],
        balances: ["within": "within", "paperCap": "paper cap", "remnant": "remnant", "outside": "outside"],
        modes: ["walk": "on foot", "bike": "bike", "car": "car"],
        allAssociations: "All associations", show: "Show", sheetsFor: "Sheets as PDF for", download: "Download",
        autoAssignIn: "Assign free areas automatically in", everyAssociation: "every association", assign: "Assign", locked: "locked",
        noAreas: "No areas yet: plan with utdelning plan.",
        summary: "{areas} areas · {households} households · {within} within tolerance · {outside} households outside every area",
        printRun: "Print run", households: "Households", papers: "Papers", district: "The district",
        spareNote: "The papers include {spare} % spare, rounded up per association.", downloadCSV: "Download as CSV",
        auditLog: "Change log", when: "When", who: "Who", what: "What", area: "Area", volunteer: "Volunteer",
        noChanges: "No changes made by hand yet.", linksHeading: "Volunteers and links", revoke: "Revoke", open: "open",
        noPublicURL: "No public address for links: set links.publicURL in the configuration or start with --public-url. Revoking works all the same.",
        actions: [
            "assign": "assigned", "unassign": "unassigned", "lock": "locked", "unlock": "unlocked", "renew-link": "new link",
            "revoke-link": "revoked link", "deliver": "recorded a sheet", "auto-assign": "automatic assignment",
            "edit-volunteer": "edited volunteer", "forget-volunteer": "forgot volunteer",
        ])

    func status(_ key: String) -> String { statuses[key] ?? key }
    func balance(_ key: String) -> String { balances[key] ?? key }
    func mode(_ key: String) -> String { modes[key] ?? key }
    func action(_ key: String) -> String { actions[key] ?? key }

    /// The summary line with its figures put in.
    func summary(areas: String, households: String, within: String, outside: String) -> String {
        summary.replacingOccurrences(of: "{areas}", with: areas).replacingOccurrences(of: "{households}", with: households)
            .replacingOccurrences(of: "{within}", with: within).replacingOccurrences(of: "{outside}", with: outside)
    }
}
