import ArgumentParser
import Foundation
import UtdelningKit

extension StaffRole: ExpressibleByArgument {}

struct UsersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "users", abstract: "The coordinators and board members who log in to `utdelning serve`.",
        subcommands: [Add.self, List.self, Remove.self], defaultSubcommand: List.self)

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Adds a user; the password is read as one line from standard input and kept only as its bcrypt hash.")
        @OptionGroup var district: DistrictOptions
        @Argument(help: "The name they log in with.") var name: String
        @Option(help: "coordinator (runs the district) or board (reads it).") var role: StaffRole
        @Option(help: .hidden) var bcryptCost = Password.defaultCost

        func run() throws {
            try reportingErrors {
                let password = PasswordInput.readLine()
                let user = try district.district().addUser(name: name, role: role, password: password, cost: bcryptCost)
                try say("user '\(user.name)' added (\(user.role.rawValue))")
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Everyone who logs in: name, role and when added.")
        @OptionGroup var district: DistrictOptions
        @Option(help: "text or json.") var format: OutputFormat = .text

        func run() throws {
            try reportingErrors {
                let users = try district.district().users()
                switch format {
                case .text: try say(([["name", "role", "created"]] + users.map { [$0.name, $0.role.rawValue, $0.createdAt] }).map { $0.joined(separator: "\t") }.joined(separator: "\n"))
                case .json: try say(JSONText.encode(["users": users]))
                }
            }
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Removes a user and ends their sessions at once.")
        @OptionGroup var district: DistrictOptions
        @Argument(help: "The user's name.") var name: String

        func run() throws {
            try reportingErrors {
                let removed = try district.district().removeUser(name: name)
                try say("user '\(removed.name)' removed; \(removed.sessionsEnded) session\(removed.sessionsEnded == 1 ? "" : "s") ended")
            }
        }
    }
}

/// A password from standard input: one line, from a pipe or typed (then not echoed).
enum PasswordInput {
    static func readLine() -> String {
        guard isatty(STDIN_FILENO) == 1 else { return Swift.readLine(strippingNewline: true) ?? "" }
        FileHandle.standardError.write(Data("password: ".utf8))
        var saved = termios()
        let silenced = tcgetattr(STDIN_FILENO, &saved) == 0
        if silenced {
            var quiet = saved
            quiet.c_lflag &= ~tcflag_t(ECHO)
            tcsetattr(STDIN_FILENO, TCSANOW, &quiet)
        }
        defer {
            if silenced { tcsetattr(STDIN_FILENO, TCSANOW, &saved) }
            FileHandle.standardError.write(Data("\n".utf8))
        }
        return Swift.readLine(strippingNewline: true) ?? ""
    }
}
