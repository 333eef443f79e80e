import ArgumentParser
import Foundation
import UtdelningKit
import Wording

extension Metric: ExpressibleByArgument {}

struct Route: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Order any list of stops into a short walk (a mop-up list, a flyer round).",
        discussion: "The CSV has columns id,lat,lon; the walk starts at the first stop. Prints {\"order\": [ids…], \"meters\": N}.")

    @OptionGroup var district: DistrictOptions
    @Option(help: "The stops: a CSV with id, lat, lon.") var stops: String
    @Flag(help: "Return to the first stop at the end.") var closed = false
    @Option(help: "street (along the imported streets) or straight (great-circle).") var metric: Metric = .street
    @Option(help: "json or text.") var format: OutputFormat = .json

    func run() throws {
        try reportingErrors {
            let list = try StopFile.read(path: stops)
            let route = try district.district().route(stops: list, closed: closed, metric: metric)
            switch format {
            case .json: try say(JSONText.encode(route))
            case .text:
                try say(route.order.joined(separator: " → "))
                try say("\(route.meters.grouped) m" + (route.linked.isEmpty ? "" : "; no street near: \(route.linked.joined(separator: ", "))"))
            }
        }
    }
}
