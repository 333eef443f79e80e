/// What the staff's door says, in the language asked for: the log-in page and the pages that
/// refuse (a role that may not enter, a stale form). Reached as `ConsoleWords.door`.
struct StaffDoorWords: Sendable {
    var logIn: String
    var name: String
    var password: String
    var logInNote: String
    var wrong: String
    var throttled: String
    var forbidden: String
    var forbiddenText: String
    var logInAsOther: String
    var staleTitle: String
    var staleHeading: String
    var staleText: String
    var toLogIn: String

    static let swedish = StaffDoorWords(
        logIn: "Logga in", name: "Namn", password: "Lösenord", logInNote: "För samordnare och styrelse. Volontärer använder sin egen länk.",
        wrong: "Fel namn eller lösenord.", throttled: "För många försök. Vänta en stund och försök igen.",
        forbidden: "Ingen behörighet", forbiddenText: "Din roll får inte öppna den här sidan.", logInAsOther: "Logga in som någon annan",
        staleTitle: "Formuläret gäller inte", staleHeading: "Formuläret gäller inte längre",
        staleText: "Sidan var för gammal eller kom inte härifrån. Ladda om sidan och försök igen.", toLogIn: "Till inloggningen")

    static let english = StaffDoorWords(
        logIn: "Log in", name: "Name", password: "Password", logInNote: "For coordinators and the board. Volunteers use their own link.",
        wrong: "Wrong name or password.", throttled: "Too many tries. Wait a while and try again.",
        forbidden: "Not allowed", forbiddenText: "Your role may not open this page.", logInAsOther: "Log in as someone else",
        staleTitle: "The form is not valid", staleHeading: "The form is no longer valid",
        staleText: "The page was too old or did not come from here. Reload the page and try again.", toLogIn: "To the log-in")
}
