import UtdelningKit
import Vocabulary

/// The console's plan form read by the command line's rules: the same ranges as
/// `--target-minutes` and `--max-papers`, the same modes, the same refusals in the same words.
struct PlanRequest: Sendable {
    var association: String?
    var targetMinutes: Minutes?
    var maxPapers: Int?
    var mode: District.PlanMode

    init(_ form: ConsoleDataRoutes.PlanForm) throws {
        func refuse(_ message: String) -> UseCaseError { UseCaseError(status: .badRequest, message: message) }
        association = form.association.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
        if let text = form.targetMinutes?.trimmingCharacters(in: .whitespaces), !text.isEmpty {
            guard let value = Double(text.replacingOccurrences(of: ",", with: ".")) else { throw refuse("--target-minutes must be a number, not \(text)") }
            if let problem = ConfigRange.targetMinutes.problem(value) { throw refuse("--target-minutes \(problem)") }
            targetMinutes = Minutes(value)
        }
        if let text = form.maxPapers?.trimmingCharacters(in: .whitespaces), !text.isEmpty {
            guard let value = Int(text) else { throw refuse("--max-papers must be a whole number, not \(text)") }
            if let problem = ConfigRange.maxPapers.problem(Double(value)) { throw refuse("--max-papers \(problem)") }
            maxPapers = value
        }
        let includeRefused = form.includeRefused == "true"
        switch form.mode ?? "" {
        case "update": mode = District.PlanMode()
        case "fresh": mode = District.PlanMode(fresh: true)
        case "mopUp": mode = District.PlanMode(mopUp: true, includeRefused: includeRefused)
        case "": throw refuse("choose how to plan: update, fresh or mopUp")
        default: throw refuse("no such way to plan: \(form.mode ?? "")")
        }
        if includeRefused && !mode.mopUp { throw refuse("--include-refused goes with --mop-up") }
    }
}
