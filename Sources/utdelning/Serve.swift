import ArgumentParser
import Server
import UtdelningKit

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serves the volunteers' phone pages and the coordinators' (log in as `utdelning users` made them) on the same database; stops cleanly on Ctrl-C or SIGTERM.")
    @OptionGroup var district: DistrictOptions
    @Option(help: "The address to listen on.") var host = "127.0.0.1"
    @Option(help: "The port to listen on.") var port = 8080
    @Option(help: "The address phones reach the server at (default: links.publicURL in the configuration).") var publicURL: String?

    func run() async throws {
        let served = try serving()
        try await WebServer.serve(district: served, host: host, port: port)
    }

    /// The district with its pool kept open for every request.
    private func serving() throws -> District {
        var result: District?
        try reportingErrors {
            let loaded = try district.district()
            var config = loaded.config
            if let publicURL { config.links.publicURL = publicURL }
            result = try District(serving: loaded.databasePath, config: config)
        }
        guard let result else { throw ExitCode.failure }
        return result
    }
}
