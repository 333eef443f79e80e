import Foundation
import Hummingbird
import Logging

/// One line per request: method, the route's pattern (`/v/{token}/areas/{area}`, never the
/// path itself, which holds a link's secret), status, milliseconds and the body's bytes (what
/// a phone's first visit costs is read off these). No query, no body,
/// no address of the caller: nothing that names or follows a person.
struct RequestLog<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        do {
            let response = try await next(request, context)
            log(request, context, status: response.status.code, since: start, bytes: response.body.contentLength)
            return response
        } catch {
            log(request, context, status: (error as? any HTTPResponseError)?.status.code ?? 500, since: start)
            throw error
        }
    }

    private func log(_ request: Request, _ context: Context, status: Int, since start: ContinuousClock.Instant, bytes: Int? = nil) {
        let elapsed = ContinuousClock.now - start
        let milliseconds = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        let route = context.endpointPath ?? "(no route)"
        let size = bytes.map { " \($0) B" } ?? ""
        context.logger.info("\(request.method) \(route) \(status) \(String(format: "%.1f", milliseconds)) ms\(size)")
    }
}
