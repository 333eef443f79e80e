import Hummingbird
import Logging
import NIOCore
import NIOPosix
import UtdelningKit

/// The web server: the same district, the same use cases as the command line, over HTTP.
public enum WebServer {
    /// The one place the application is put together; `serve` and the tests both call it.
    public static func application(
        district: District, host: String = "127.0.0.1", port: Int = 8080, logger: Logger = Logger(label: "utdelning")
    ) throws -> some ApplicationProtocol {
        try application(district: district, host: host, port: port, logger: logger, throttle: LoginThrottle(), jobs: JobQueue())
    }

    /// - Parameters:
    ///   - throttle: failed log-ins so far (a test gives one with its own clock).
    ///   - jobs: the district's write jobs (a test waits for them to end).
    static func application(
        district: District, host: String = "127.0.0.1", port: Int = 8080, logger: Logger = Logger(label: "utdelning"), throttle: LoginThrottle,
        jobs: JobQueue = JobQueue()
    ) throws -> some ApplicationProtocol {
        let router = Router(context: WebContext.self)
        router.add(middleware: RequestLog())
        router.add(middleware: SecurityHeaders())
        router.add(middleware: LanguageChoice())
        let pages = try Pages(tiles: district.config.links.openStreetMapLayer ? MapTiles() : nil)
        let gate = LinkGate(district: district, pages: pages)
        StaticFiles().addRoutes(to: router)
        VolunteerRoutes(district: district, gate: gate, pages: pages, ticks: TickBatcher(district: district)).addRoutes(to: router)
        let door = StaffDoor(router: router, district: district, pages: pages)
        LoginRoutes(district: district, pages: pages, throttle: throttle, secure: district.config.links.isHTTPS).addRoutes(to: door)
        let coordinator = door.requiring([.coordinator], at: "coordinator")
        CoordinatorRoutes(district: district, pages: pages).addRoutes(to: coordinator)
        ConsoleRoutes(district: district, pages: pages).addRoutes(to: coordinator)
        ConsoleVolunteerRoutes(district: district, pages: pages).addRoutes(to: coordinator)
        ConsoleDataRoutes(district: district, pages: pages, jobs: jobs, pending: PendingUploads())
            .addRoutes(coordinator: coordinator, uploads: door.requiring([.coordinator], at: "coordinator/upload", tokenInUpload: true))
        // The board behind its link, and the same pages behind a board or coordinator session.
        let board = BoardRoutes(district: district, pages: pages)
        board.addRoutes(to: router.group("/b/{token}").add(middleware: Authorizing { _, context in
            _ = try gate.access(context.parameters.require("token"), at: .board)
        }))
        board.addRoutes(to: door.requiring([.board, .coordinator], at: "board"))
        router.get("/") { _, _ in "utdelning\n" }
        return Application(router: router, configuration: .init(address: .hostname(host, port: port), serverName: "utdelning"), logger: logger)
    }

    /// Serves until SIGINT or SIGTERM (`runService`'s default signals), then finishes the
    /// requests in flight (ServiceLifecycle's graceful shutdown) and stops.
    /// Runs Swift's tasks on NIO's event loops, as NIO advises for servers: a request no
    /// longer hops between two thread pools on its way in and out. Only from the main
    /// thread, before any task has started.
    public static func runTasksOnEventLoops() {
        NIOSingletons.unsafeTryInstallSingletonPosixEventLoopGroupAsConcurrencyGlobalExecutor()
    }

    public static func serve(district: District, host: String, port: Int) async throws {
        var logger = Logger(label: "utdelning")
        logger.logLevel = .info
        try await application(district: district, host: host, port: port, logger: logger).runService()
    }
}
