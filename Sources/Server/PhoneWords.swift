import Foundation
import Hummingbird
import Planner

/// Everything the phone pages say, in the volunteer's language: Swedish by default, English
/// when asked (`?lang=en`, then kept in a cookie). The page's script gets its few words
/// from the page (`data-words`), so a queued tick speaks the page's language too.
struct PhoneWords: Encodable, Sendable {
    enum Language: String, Sendable {
        case sv, en
    }

    var lang: String
    var yourAreas: String
    var area: String
    var households: String
    var of: String
    var minutesLeft: String
    var delivered: String
    /// The button on a stop of several households: the whole stairwell at once.
    var deliveredWholeEntrance: String
    var skip: String
    var undo: String
    var open: String
    var skipped: String
    var paper: String
    var papers: String
    var allReported: String
    var sheetPDF: String
    var questions: String
    var noAreas: String
    var ask: String
    var addresses: String
    var unsent: String
    var notSaved: String
    var stop: String
    var whereAmI: String
    var noPosition: String
    var otherLanguage: String
    var otherLanguageURL: String
    var locked: String
    var noLetterbox: String
    var refused: String
    var notFound: String
    var revoked: String
    var revokedExplanation: String
    var expired: String
    /// Followed by the last day the link opened.
    var expiredExplanation: String
    var askForNewLink: String
    /// The map layer's name in the layer switch.
    var openStreetMap: String

    static let swedish = PhoneWords(
        lang: "sv", yourAreas: "Dina områden", area: "Område", households: "hushåll", of: "av", minutesLeft: "min kvar",
        delivered: "Utdelat", deliveredWholeEntrance: "Utdelat i hela uppgången", skip: "Hoppa över", undo: "Ångra", open: "Kvar",
        skipped: "Hoppade över", paper: "tidning", papers: "tidningar", allReported: "Alla adresser är rapporterade. Tack!",
        sheetPDF: "Utdelningslistan som PDF", questions: "Frågor?", noAreas: "Du har inga områden just nu.", ask: "Fråga",
        addresses: "adresser", unsent: "inte skickade", notSaved: "kunde inte sparas", stop: "Adress", whereAmI: "Var är jag?",
        noPosition: "Position saknas", otherLanguage: "In English", otherLanguageURL: "?lang=en", locked: "Låst",
        noLetterbox: "Ingen brevlåda", refused: "Nej tack", notFound: "Hittades inte", revoked: "Länken är återkallad",
        revokedExplanation: "Den här länken gäller inte längre.", expired: "Länken har gått ut",
        expiredExplanation: "Länken gällde till och med", askForNewLink: "om en ny länk.",
        openStreetMap: "OpenStreetMap-karta (kräver internet)")

    static let english = PhoneWords(
        lang: "en", yourAreas: "Your areas", area: "Area", households: "households", of: "of", minutesLeft: "min left",
        delivered: "Delivered", deliveredWholeEntrance: "Delivered, whole entrance", skip: "Skip", undo: "Undo", open: "To do",
        skipped: "Skipped", paper: "paper", papers: "papers", allReported: "Every address is reported. Thank you!",
        sheetPDF: "The route sheet as PDF", questions: "Questions?", noAreas: "You have no areas just now.", ask: "Ask",
        addresses: "addresses", unsent: "not sent", notSaved: "could not be saved", stop: "Stop", whereAmI: "Where am I?",
        noPosition: "No position", otherLanguage: "På svenska", otherLanguageURL: "?lang=sv", locked: "Locked",
        noLetterbox: "No letterbox", refused: "Refused", notFound: "Not found", revoked: "This link is revoked",
        revokedExplanation: "This link no longer opens anything.", expired: "This link has expired",
        expiredExplanation: "The link was open until", askForNewLink: "for a new link.",
        openStreetMap: "OpenStreetMap map (needs internet)")

    static func of(_ language: Language) -> PhoneWords { language == .en ? english : swedish }

    static let cookie = "lang"

    /// `?lang=` if given, else the cookie, else Swedish.
    static func language(of request: Request) -> Language {
        if let asked = request.uri.queryParameters.get("lang").flatMap(Language.init(rawValue:)) { return asked }
        let cookie = request.cookies[Self.cookie]?.value
        return cookie.flatMap(Language.init(rawValue:)) ?? .sv
    }

    func reason(_ reason: DeliveryRecord.Reason) -> String {
        switch reason {
        case .locked: locked
        case .noLetterbox: noLetterbox
        case .refused: refused
        case .notFound: notFound
        }
    }

    /// The words the page's script needs, as JSON for the page's `data-words`.
    var forScript: String {
        let words = [
            "unsent": unsent, "notSaved": notSaved, "stop": stop, "open": open, "delivered": delivered, "skipped": skipped,
            "paper": paper, "papers": papers, "whereAmI": whereAmI, "noPosition": noPosition,
        ]
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return (try? encoder.encode(words)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }
}

/// Keeps a language asked for with `?lang=` in a cookie, so the next page speaks it too.
struct LanguageChoice<Context: RequestContext>: RouterMiddleware {
    static var oneYearSeconds: Int { 365 * 24 * 3600 }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        if let asked = request.uri.queryParameters.get("lang").flatMap(PhoneWords.Language.init(rawValue:)) {
            response.setCookie(Cookie(name: PhoneWords.cookie, value: asked.rawValue, maxAge: Self.oneYearSeconds, path: "/", httpOnly: true, sameSite: .lax))
        }
        return response
    }
}
