/// An area's page in the console, in the page's language: its figures, its forms, its
/// returned sheet, its map's button, and what a change made there warns of.
struct ConsoleAreaWords: Sendable {
    var allAreas: String
    var area: String
    var status: String
    var volunteer: String
    var nobody: String
    var households: String
    /// "{done} av {all} nådda".
    var reached: String
    var stops: String
    var minutes: String
    var distance: String
    var mode: String
    var balance: String
    var locked: String
    var yes: String
    var no: String
    var sheetVersion: String
    /// Followed by the version printed.
    var printed: String
    var notPrinted: String
    var sheetPDF: String
    var lock: String
    var unlock: String
    var giveTo: String
    /// Followed by the association's name.
    var theAssociation: String
    var neighbours: String
    /// "har {holds} av {capacity}".
    var holds: String
    var assign: String
    var unassign: String
    var returnedSheet: String
    var returnedHelp: String
    var delivered: String
    var number: String
    var address: String
    var papers: String
    var state: String
    var record: String
    /// "Arket registrerat (version {version}): {recorded} stopp nya, {repeated} redan registrerade."
    var recorded: String
    /// "{name} har nu {areas} områden men orkar {capacity}."
    var overCapacity: String
    /// "{name} hör till {theirs}, området till {association}."
    var otherAssociation: String
    /// "Området går med {mode}, som {name} inte har angett."
    var modeNotGiven: String
    /// The map's button that shows where the coordinator is, and what it says when it cannot.
    var whereAmI: String
    var noPosition: String

    static let swedish = ConsoleAreaWords(
        allAreas: "‹ Alla områden", area: "Område", status: "Status", volunteer: "Volontär", nobody: "ingen", households: "Hushåll",
        reached: "{done} av {all} nådda", stops: "Stopp", minutes: "Minuter", distance: "Sträcka", mode: "Sätt", balance: "Balans", locked: "Låst",
        yes: "ja", no: "nej", sheetVersion: "Arkversion", printed: "utskriven", notPrinted: "inte utskriven", sheetPDF: "Arket som PDF",
        lock: "Lås området", unlock: "Lås upp", giveTo: "Ge området till", theAssociation: "Föreningen", neighbours: "Grannföreningar med plats",
        holds: "har {holds} av {capacity}", assign: "Tilldela", unassign: "Ta bort tilldelningen", returnedSheet: "Inlämnat ark",
        returnedHelp: "Kryssa stoppen som arket säger är utdelade och ange arkets version (den står på arket).", delivered: "Utdelat", number: "Nr",
        address: "Adress", papers: "Tidningar", state: "Läge", record: "Registrera arket",
        recorded: "Arket registrerat (version {version}): {recorded} stopp nya, {repeated} redan registrerade.",
        overCapacity: "{name} har nu {areas} områden men orkar {capacity}.", otherAssociation: "{name} hör till {theirs}, området till {association}.",
        modeNotGiven: "Området går med {mode}, som {name} inte har angett.", whereAmI: PhoneWords.swedish.whereAmI, noPosition: PhoneWords.swedish.noPosition)

    static let english = ConsoleAreaWords(
        allAreas: "‹ All areas", area: "Area", status: "Status", volunteer: "Volunteer", nobody: "nobody", households: "Households",
        reached: "{done} of {all} reached", stops: "Stops", minutes: "Minutes", distance: "Distance", mode: "Mode", balance: "Balance", locked: "Locked",
        yes: "yes", no: "no", sheetVersion: "Sheet version", printed: "printed", notPrinted: "not printed", sheetPDF: "The sheet as PDF",
        lock: "Lock the area", unlock: "Unlock", giveTo: "Give the area to", theAssociation: "The association", neighbours: "Neighbouring associations with room",
        holds: "holds {holds} of {capacity}", assign: "Assign", unassign: "Remove the assignment", returnedSheet: "Returned sheet",
        returnedHelp: "Tick the stops the sheet says are delivered and give the sheet's version (it is printed on the sheet).", delivered: "Delivered",
        number: "No.", address: "Address", papers: "Papers", state: "State", record: "Record the sheet",
        recorded: "Sheet recorded (version {version}): {recorded} new, {repeated} already recorded.",
        overCapacity: "{name} now holds {areas} areas but can take {capacity}.", otherAssociation: "{name} belongs to {theirs}, the area to {association}.",
        modeNotGiven: "The area's mode is {mode}, which {name} has not given.", whereAmI: PhoneWords.english.whereAmI, noPosition: PhoneWords.english.noPosition)
}
