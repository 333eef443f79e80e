/// The report of an automatic assign run from the console, in the page's language.
struct ConsoleRunWords: Sendable {
    var title: String
    /// "{assigned} områden tilldelade nu, {open} fortfarande utan volontär."
    var summary: String
    var noneNew: String
    var withoutVolunteer: String
    /// "Fråga {helper} (plats för {spare}): områdena {areas}".
    var ask: String
    var backToAreas: String

    static let swedish = ConsoleRunWords(
        title: "Automatisk tilldelning", summary: "{assigned} områden tilldelade nu, {open} fortfarande utan volontär.", noneNew: "inga nya",
        withoutVolunteer: "Utan volontär", ask: "Fråga {helper} (plats för {spare}): områdena {areas}", backToAreas: "Till områdena")

    static let english = ConsoleRunWords(
        title: "Automatic assignment", summary: "{assigned} areas assigned now, {open} still without a volunteer.", noneNew: "none new",
        withoutVolunteer: "Without a volunteer", ask: "Ask {helper} (room for {spare}): areas {areas}", backToAreas: "Back to the areas")
}
