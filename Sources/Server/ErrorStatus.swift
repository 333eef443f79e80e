import Hummingbird
import UtdelningKit

/// The server's door for errors: each kind a use case throws becomes an HTTP status with the
/// error's one line as its body (the command line maps the same kinds to exit codes).
struct UseCaseError: HTTPResponseError {
    let status: HTTPResponse.Status
    let message: String

    init(status: HTTPResponse.Status, message: String) {
        self.status = status
        self.message = message
    }

    init(_ error: any Error) {
        let user = UserError(error)
        status = Self.status(of: user.kind)
        // A fault of ours says nothing of its insides to the phone; one line, never a file's rows.
        message = user.kind == .fault ? "internal error" : String(user.message.prefix { $0 != "\n" })
    }

    static func status(of kind: ErrorKind) -> HTTPResponse.Status {
        switch kind {
        case .badArgument, .badInput: .badRequest
        case .notFound, .missingInput: .notFound
        case .conflict: .conflict
        case .notReady: .conflict
        case .databaseBusy: .serviceUnavailable
        case .databaseReadOnly, .databaseFull, .databaseCorrupt, .databaseUnavailable, .cannotWrite, .fault: .internalServerError
        }
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        Response(
            status: status, headers: [.contentType: "text/plain; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: message + "\n")))
    }
}

/// Runs a use case and turns what it throws into its HTTP status.
func useCase<T>(_ work: () throws -> T) throws -> T {
    do { return try work() } catch let error as any HTTPResponseError { throw error } catch { throw UseCaseError(error) }
}

/// The same for a use case that waits (a tick queued for the next commit).
func useCase<T>(_ work: () async throws -> T) async throws -> T {
    do { return try await work() } catch let error as any HTTPResponseError { throw error } catch { throw UseCaseError(error) }
}
