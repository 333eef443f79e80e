import Foundation
import Wording
import Vocabulary

/// Everything printed on sheets, in the volunteer's language. Swedish is the default.
public struct SheetWords: Sendable {
    public enum Language: String, Sendable, CaseIterable {
        case sv, en
    }

    public let language: Language
    public var area: String
    /// The count words: "1 område", "2 områden"; see `count(areas:)`.
    public var oneArea: String
    public var areas: String
    /// The sheet's version, printed beside the area id.
    public var version: String
    public var onePaper: String
    public var volunteer: String
    public var households: String
    public var papers: String
    public var minutes: String
    public var distance: String
    public var start: String
    public var handedOut: String
    public var returned: String
    public var streets: String
    public var number: String
    public var address: String
    public var papersShort: String
    public var notes: String
    public var done: String
    public var continued: String
    public var reportHow: String
    public var reportAt: String
    public var page: String
    public var of: String
    public var cover: String
    public var name: String
    public var points: String
    public var mode: String
    public var total: String
    public var printRun: String
    public var overview: String
    public var apartmentEntrance: String
    public var noWalkableStreet: String
    /// A bike or car round's stop the map shows no road to from the stop before.
    public var noRoad: String
    public var noHouseholds: String
    /// A home the map draws but gives no address: the volunteer looks for the house itself.
    public var noMapAddress: String
    /// Notes from earlier reports at a stop, by reason (locked, no-letterbox, refused, not-found).
    public var skipNotes: [String: String]
    public var walk: String
    public var bike: String
    public var car: String
    public var statuses: [MapScene.Status: String]
    public var legend: String
    public var deadline: String
    public var report: String
    public var coverage: String
    public var progress: String
    public var behind: String
    public var forecastDone: String
    public var noPace: String
    public var deliveredWord: String
    public var contactWord: String
    public var odd: String
    public var even: String

    public init(_ language: Language) {
        self.language = language
        switch language {
        case .sv:
            area = "Område"; oneArea = "område"; areas = "områden"; version = "version"; onePaper = "tidning"; volunteer = "Utdelare"; households = "Hushåll"; papers = "Tidningar"; minutes = "Tid"
            distance = "Sträcka"; start = "Start"; handedOut = "Utlämnat"; returned = "Återlämnat"
            streets = "Gator i gångordning"; number = "Nr"; address = "Adress"; papersShort = "Tidn."; notes = "Anteckningar"
            done = "Klar"; continued = "forts."
            reportHow = "Bocka av varje port när tidningarna är lämnade. Kom du inte in (portkod, ingen brevlåda), skriv varför. Lämna arket till föreningen när du är klar."
            reportAt = "Rapportera på"; page = "sida"; of = "av"; cover = "Utdelning"; name = "Namn"; points = "Adresser"
            mode = "Sätt"; total = "Totalt"; printRun = "Att beställa, med {spare} % reserv"; overview = "Översikt"
            apartmentEntrance = "Trappuppgång, %d lgh"; noWalkableStreet = "Ingen gångväg i kartan"; noRoad = "Ingen väg hit i kartan"; noHouseholds = "Inga hushåll"
            noMapAddress = "Ingen adress i kartan"
            skipNotes = ["locked": "Portkod behövs", "no-letterbox": "Ingen brevlåda", "refused": "Vill inte ha", "not-found": "Hittades inte"]
            walk = "till fots"; bike = "cykel"; car = "bil"
            statuses = [.planned: "planerat", .assigned: "tilldelat", .inProgress: "påbörjat", .doneWithSkips: "klart med hinder", .delivered: "utdelat"]
            legend = "Områden"; odd = "udda"; even = "jämna"
            deadline = "Valdagen"; report = "Lägesrapport"; coverage = "Täckning per förening"; progress = "Utdelat över tid"
            behind = "Längst efter"; forecastDone = "I nuvarande takt klart"; noPace = "Ingen utdelning senaste veckan"; deliveredWord = "Utdelat"; contactWord = "Kontakt"
        case .en:
            area = "Area"; oneArea = "area"; areas = "areas"; version = "version"; onePaper = "paper"; volunteer = "Volunteer"; households = "Households"; papers = "Papers"; minutes = "Time"
            distance = "Distance"; start = "Start"; handedOut = "Handed out"; returned = "Returned"
            streets = "Streets in walking order"; number = "No."; address = "Address"; papersShort = "Papers"; notes = "Notes"
            done = "Done"; continued = "cont."
            reportHow = "Tick each door once its papers are in. If you could not get in (door code, no letterbox), write why. Hand the sheet back to the association when you are done."
            reportAt = "Report at"; page = "page"; of = "of"; cover = "Delivery"; name = "Name"; points = "Addresses"
            mode = "Mode"; total = "Total"; printRun = "To order, with {spare} % spare"; overview = "Overview"
            apartmentEntrance = "Stairwell, %d flats"; noWalkableStreet = "No footpath on the map"; noRoad = "No road to here on the map"; noHouseholds = "No households"
            noMapAddress = "No address in the map"
            skipNotes = ["locked": "Door code needed", "no-letterbox": "No letterbox", "refused": "Refused", "not-found": "Not found"]
            walk = "on foot"; bike = "bike"; car = "car"
            statuses = [.planned: "planned", .assigned: "assigned", .inProgress: "in progress", .doneWithSkips: "done with skips", .delivered: "delivered"]
            legend = "Areas"; odd = "odd"; even = "even"
            deadline = "Election day"; report = "Progress report"; coverage = "Coverage by association"; progress = "Delivered over time"
            behind = "Furthest behind"; forecastDone = "At the current pace done on"; noPace = "Nothing delivered in the last week"; deliveredWord = "Delivered"; contactWord = "Contact"
        }
    }

    /// "4,2 km" in Swedish, "4.2 km" in English; below a kilometre in metres.
    public func kilometers(_ length: Meters) -> String {
        length.value < 1000 ? "\(Int(length.value.rounded())) m" : decimal(length.kilometers, digits: 1) + " km"
    }

    /// "1 234,5" in Swedish, "1 234.5" in English.
    public func decimal(_ value: Double, digits: Int) -> String {
        value.grouped(decimals: digits, mark: language == .sv ? "," : ".")
    }

    /// "1 område", "12 områden".
    public func count(areas count: Int) -> String { count.counting(oneArea, areas) }

    /// "1 tidning", "1 234 tidningar".
    public func count(papers count: Int) -> String { count.counting(onePaper, papers.lowercased()) }

    /// "ca 88 min" / "about 88 min".
    public func aboutMinutes(_ time: Minutes) -> String {
        (language == .sv ? "ca " : "about ") + "\(Int(time.value.rounded())) min"
    }

    public func pageOf(_ k: Int, _ n: Int) -> String { "\(page) \(k) \(of) \(n)" }
}
