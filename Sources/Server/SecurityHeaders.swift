import HTTPTypes
import Hummingbird

/// On every answer, errors included: no guessing a file's type from its bytes, and no
/// address sent on to another site (a link's path holds its token). Pages add their own
/// Content-Security-Policy. Not Hummingbird's ContentSecurityMiddleware: it adds one fixed
/// policy to every answer beside the page's own (the browser enforces both, so the optional
/// map images would be refused), sets no Referrer-Policy, and skips thrown errors.
/// Hummingbird's own refusals (no such route: 404 with no body) say in a line what they are.
struct SecurityHeaders<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as HTTPError where error.body == nil {
            let said = UseCaseError(status: error.status, message: error.status.reasonPhrase.lowercased())
            response = try said.response(from: request, context: context)
        } catch let error as any HTTPResponseError {
            response = try error.response(from: request, context: context)
        }
        response.headers[.xContentTypeOptions] = "nosniff"
        if let referrerPolicy = HTTPField.Name("Referrer-Policy") { response.headers[referrerPolicy] = "no-referrer" }
        return response
    }
}
