import ArgumentParser
import Foundation
import UtdelningKit

struct LinksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "links", abstract: "Personal links for volunteers' phones, and a link for every area.",
        subcommands: [Issue.self, Revoke.self, Renew.self], defaultSubcommand: Issue.self)

    struct Issue: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "issue",
            abstract: "A link for every assigned volunteer and every area that has none open yet; each is shown once (only its hash is kept).")
        @OptionGroup var district: DistrictOptions
        @Option(help: "Only this association.") var association: String?
        @Option(help: "text, csv (for a mail merge) or json.") var format: TableFormat = .text
        @Option(help: "The server's address as phones reach it (default: links.publicURL in the configuration).") var publicURL: String?

        func run() throws {
            try reportingErrors {
                let listing = try district.district().issueLinks(association: association, publicURL: publicURL)
                switch format {
                case .text: try say(LinkText.text(listing))
                case .csv: try say(LinkText.csv(listing), terminator: "")
                case .json: try say(JSONText.encode(listing))
                }
            }
        }
    }

    struct Revoke: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Closes a link for good; its page then says whom to ask.")
        @OptionGroup var district: DistrictOptions
        @Argument(help: "The link's id, as `links` lists it.") var id: Int64

        func run() throws {
            try reportingErrors {
                try district.district().revokeLink(id: id)
                try say("link \(id) revoked")
            }
        }
    }
}
