import ArgumentParser
import UtdelningKit
import Vocabulary

extension LinksCommand {
    /// The coordinator page's "Ny länk" at the terminal: the same use case.
    struct Renew: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "A volunteer's new link in place of their open one (a lost phone, a forwarded message); shown once.")
        @OptionGroup var district: DistrictOptions
        @Argument(help: "The volunteer's id, as `volunteers list` shows it.") var volunteer: VolunteerID
        @Option(help: "The server's address as phones reach it (default: links.publicURL in the configuration).") var publicURL: String?

        func run() throws {
            try reportingErrors {
                let renewed = try district.district().renewLink(volunteer: volunteer, publicURL: publicURL)
                let replaced = renewed.revoked.isEmpty ? "" : " (link \(renewed.revoked.map(String.init).joined(separator: ", ")) revoked)"
                try say("link \(renewed.id) for volunteer \(renewed.volunteer)\(replaced): \(renewed.url)")
            }
        }
    }
}
