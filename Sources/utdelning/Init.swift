import ArgumentParser
import Foundation
import UtdelningKit

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Write a starter district configuration to edit.")

    @Option(help: "Where to write it.")
    var out = "utdelning.yaml"

    @Flag(help: "Overwrite an existing file.")
    var force = false

    func run() throws {
        try reportingErrors {
            if FileManager.default.fileExists(atPath: out) && !force {
                throw CommandError("\(out) exists; use --force to overwrite it")
            }
            try DistrictConfig.starterText.write(toFile: out, atomically: true, encoding: .utf8)
            try say("wrote \(out): edit the district, its associations and contact people")
        }
    }
}
