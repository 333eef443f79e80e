import ArgumentParser
import Foundation
import UtdelningKit

struct LinksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "links", abstract: "Personal links for volunteers' phones, a link for every area, and links to the board's dashboard.",
        subcommands: [Issue.self, Board.self, Revoke.self, Renew.self], defaultSubcommand: Issue.self)

    /// New links as the coordinator asked for them: each token is shown this once.
    static func show(_ listing: LinkListing, as format: TableFormat) throws {
        switch format {
        case .text: try say(LinkText.text(listing))
        case .csv: try say(LinkText.csv(listing), terminator: "")
        case .json: try say(JSONText.encode(listing))
        }
    }

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
                try LinksCommand.show(district.district().issueLinks(association: association, publicURL: publicURL), as: format)
            }
        }
    }

    struct Board: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "A new link to the board's live dashboard (coverage, progress, map; no volunteer's name); shown once, revocable alone.")
        @OptionGroup var district: DistrictOptions
        @Option(help: "text, csv or json.") var format: TableFormat = .text
        @Option(help: "The server's address as the board reaches it (default: links.publicURL in the configuration).") var publicURL: String?

        func run() throws {
            try reportingErrors {
                try LinksCommand.show(district.district().issueBoardLink(publicURL: publicURL), as: format)
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
