import Hummingbird
import Logging
import UtdelningKit

/// The web server: the same district, the same use cases as the command line, over HTTP.
public enum WebServer {
    /// The one place the application is put together; `serve` and the tests both call it.
    public static func application(
        district: District, host: String = "127.0.0.1", port: Int = 8080, logger: Logger = Logger(label: "utdelning")
    ) throws -> some ApplicationProtocol {
        let router = Router()
        router.add(middleware: RequestLog())
        let pages = try Pages()
        let gate = LinkGate(district: district, pages: pages)
        StaticFiles().addRoutes(to: router)
        VolunteerRoutes(district: district, gate: gate, pages: pages).addRoutes(to: router)
        // The board behind its link; another door (a session at /board) can mount the same routes.
        BoardRoutes(district: district, pages: pages).addRoutes(to: router, prefix: "/b/{token}") { _, context in
            _ = try gate.access(context.parameters.require("token"), at: .board)
        }
        router.get("/") { _, _ in "utdelning\n" }
        return Application(router: router, configuration: .init(address: .hostname(host, port: port), serverName: "utdelning"), logger: logger)
    }

    /// Serves until SIGINT or SIGTERM (`runService`'s default signals), then finishes the
    /// requests in flight (ServiceLifecycle's graceful shutdown) and stops.
    public static func serve(district: District, host: String, port: Int) async throws {
        var logger = Logger(label: "utdelning")
        logger.logLevel = .info
        try await application(district: district, host: host, port: port, logger: logger).runService()
    }
}
