/// The words of the console's data page (uploads and planning) and its job pages.
struct ConsoleDataWords: Sendable {
    var navData: String
    var heading: String
    var uploadHeading: String
    var uploadNote: String
    var osm: String
    var osmHint: String
    var boundaries: String
    var boundariesHint: String
    var register: String
    var registerHint: String
    var volunteers: String
    var volunteersHint: String
    var returnedSheets: String
    var returnedSheetsHint: String
    var upload: String
    var uploading: String
    var noAnswer: String
    var planHeading: String
    var allAssociations: String
    var targetMinutes: String
    var maxPapers: String
    var fromConfiguration: String
    var modeUpdate: String
    var modeFresh: String
    var modeMopUp: String
    var includeRefused: String
    var plan: String
    var jobsHeading: String
    var noJobs: String
    var job: String
    var startedBy: String
    var queued: String
    var aheadInQueue: String
    var running: String
    var done: String
    var failed: String
    var inTime: String
    /// "1,4 s" in Swedish, "1.4 s" in English.
    var decimalComma: Bool
    var reading: String
    var writing: String
    var planning: String
    var objectsRead: String
    var waitingForAssociation: String
    var points: String
    var summaryHeading: String
    var areas: String
    var households: String
    var withinTolerance: String
    var fullBags: String
    var remnants: String
    var deadhead: String
    var outside: String
    var reportHeading: String
    var reportNote: String
    var failedNote: String
    var toAreas: String
    var toData: String
    var chooseNameHeading: String
    var chooseNameNote: String
    var property: String
    var examples: String
    var inFeatures: String
    var importBoundaries: String
    var uploadExpired: String

    static let swedish = ConsoleDataWords(
        navData: "Data och planering", heading: "Data och planering", uploadHeading: "Ladda upp",
        uploadNote: "Varje fil läses in som med kommandoraden, ett jobb i taget. En felaktig fil ändrar ingenting.",
        osm: "Kartutdrag (OpenStreetMap)", osmHint: ".osm.pbf eller .osm, som utdelning import osm",
        boundaries: "Föreningarnas gränser", boundariesHint: "GeoJSON; sedan väljer du vilken egenskap som är föreningens namn",
        register: "Adressregister", registerHint: "CSV med lat, lon, households; som utdelning import households",
        volunteers: "Volontärer", volunteersHint: "CSV, till exempel en export från Zetkin; som utdelning volunteers import",
        returnedSheets: "Inlämnade ark", returnedSheetsHint: "CSV med area, stop, outcome; som utdelning deliveries import",
        upload: "Ladda upp", uploading: "Skickar…", noAnswer: "Servern svarar inte.",
        planHeading: "Planera", allAssociations: "Alla föreningar", targetMinutes: "Mål, minuter per område", maxPapers: "Högst tidningar per person",
        fromConfiguration: "enligt inställningarna", modeUpdate: "Uppdatera: behåll områden vars adresser är oförändrade",
        modeFresh: "Från början (--fresh): skär om allt som inte är låst eller utdelat",
        modeMopUp: "Uppsamling (--mop-up): nya områden av dörrarna som blev kvar",
        includeRefused: "Besök dörrar som sagt nej igen (bara vid uppsamling)", plan: "Planera",
        jobsHeading: "Jobb", noJobs: "Inga jobb ännu.", job: "Jobb", startedBy: "startat av", queued: "väntar", aheadInQueue: "före i kön",
        running: "pågår", done: "klart", failed: "misslyckades", inTime: "på", decimalComma: true, reading: "läser filen", writing: "skriver i databasen", planning: "planerar",
        objectsRead: "objekt lästa", waitingForAssociation: "väntar", points: "adresspunkter",
        summaryHeading: "Resultat", areas: "Områden", households: "Hushåll", withinTolerance: "Inom toleransen för målet", fullBags: "Fulla väskor (tidningstaket)",
        remnants: "Rester", deadhead: "Gång utan utdelning", outside: "Hushåll utanför varje förenings gräns",
        reportHeading: "Rapporten", reportNote: "Samma rapport som kommandoraden skriver.",
        failedNote: "Ingenting ändrades i databasen.", toAreas: "Till områdena", toData: "Till data och planering",
        chooseNameHeading: "Vilken egenskap är föreningens namn?",
        chooseNameNote: "Filen har de här egenskaperna. Välj den som namnger föreningen (samma som --name-property).",
        property: "Egenskap", examples: "Exempel", inFeatures: "finns i", importBoundaries: "Läs in gränserna",
        uploadExpired: "Filen finns inte längre (en timme har gått, eller servern startade om). Ladda upp den igen.")

    static let english = ConsoleDataWords(
        navData: "Data and planning", heading: "Data and planning", uploadHeading: "Upload",
        uploadNote: "Each file is imported as the command line does it, one job at a time. A bad file changes nothing.",
        osm: "Map extract (OpenStreetMap)", osmHint: ".osm.pbf or .osm, as utdelning import osm",
        boundaries: "The associations' boundaries", boundariesHint: "GeoJSON; then you choose the property that names the association",
        register: "Address register", registerHint: "CSV with lat, lon, households; as utdelning import households",
        volunteers: "Volunteers", volunteersHint: "CSV, a Zetkin export for example; as utdelning volunteers import",
        returnedSheets: "Returned sheets", returnedSheetsHint: "CSV with area, stop, outcome; as utdelning deliveries import",
        upload: "Upload", uploading: "Sending…", noAnswer: "No answer from the server.",
        planHeading: "Plan", allAssociations: "All associations", targetMinutes: "Target, minutes per area", maxPapers: "Most papers per person",
        fromConfiguration: "as configured", modeUpdate: "Update: keep areas whose addresses are unchanged",
        modeFresh: "From scratch (--fresh): recut all that is neither locked nor handed out",
        modeMopUp: "Mop-up (--mop-up): new areas from the doors left open",
        includeRefused: "Visit doors that refused again (mop-up only)", plan: "Plan",
        jobsHeading: "Jobs", noJobs: "No jobs yet.", job: "Job", startedBy: "started by", queued: "waiting", aheadInQueue: "ahead in the queue",
        running: "running", done: "done", failed: "failed", inTime: "in", decimalComma: false, reading: "reading the file", writing: "writing to the database", planning: "planning",
        objectsRead: "objects read", waitingForAssociation: "waiting", points: "delivery points",
        summaryHeading: "Result", areas: "Areas", households: "Households", withinTolerance: "Within tolerance of the target", fullBags: "Full bags (paper cap)",
        remnants: "Remnants", deadhead: "Walking without delivering", outside: "Households outside every association's boundary",
        reportHeading: "The report", reportNote: "The same report as the command line prints.",
        failedNote: "Nothing changed in the database.", toAreas: "To the areas", toData: "To data and planning",
        chooseNameHeading: "Which property is the association's name?",
        chooseNameNote: "The file has these properties. Choose the one that names the association (as --name-property).",
        property: "Property", examples: "Examples", inFeatures: "in", importBoundaries: "Import the boundaries",
        uploadExpired: "The file is gone (an hour has passed, or the server restarted). Upload it again.")

    func kind(_ kind: ConsoleJob.Kind) -> String {
        switch kind {
        case .osm: osm
        case .boundaries: boundaries
        case .register: register
        case .volunteers: volunteers
        case .returnedSheets: returnedSheets
        case .plan: plan
        }
    }

    func state(_ job: ConsoleJob) -> String {
        switch job.state {
        case .queued: "\(queued) (\(job.ahead) \(aheadInQueue))"
        case .running: [running, job.phase.map(phase)].compactMap { $0 }.joined(separator: ": ")
        case .done: done + took(job)
        case .failed: failed + took(job)
        }
    }

    /// " på 12 s", " in 1.4 s": what a job took, as the benchmark reads it too.
    private func took(_ job: ConsoleJob) -> String {
        guard let seconds = job.runSeconds else { return "" }
        let text = seconds < 10 ? String(format: "%.1f", seconds) : String(format: "%.0f", seconds)
        return " \(inTime) \(decimalComma ? text.replacingOccurrences(of: ".", with: ",") : text) s"
    }

    func phase(_ phase: ConsoleJob.Phase) -> String {
        switch phase {
        case .reading: reading
        case .writing: writing
        case .planning: planning
        }
    }
}
