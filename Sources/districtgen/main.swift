import DistrictGenerator
import Foundation
import Households

/// districtgen BOUNDARIES.geojson NAME_PROPERTY TATORTER.osm OUT.osm [--seed N] [--scale F] [--without-address SHARE]
/// Writes a synthetic district as OSM XML and its ground truth as OUT.truth.json.
/// Convert to PBF with `osmium cat OUT.osm -o OUT.osm.pbf`.
var arguments = Array(CommandLine.arguments.dropFirst())
@MainActor func option(_ name: String) -> String? {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    defer { arguments.removeSubrange(index...(index + 1)) }
    return arguments[index + 1]
}
var options = DistrictGenerator.Options()
if let seed = option("--seed").flatMap({ UInt64($0) }) { options.seed = seed }
if let scale = option("--scale").flatMap({ Double($0) }) { options.scale = scale }
if let text = option("--without-address") {
    guard let share = Double(text), (0...1).contains(share) else {
        FileHandle.standardError.write(Data("districtgen: --without-address takes a share from 0 to 1, not '\(text)'\n".utf8))
        exit(64)
    }
    options.withoutAddressShare = share
}
guard arguments.count == 4 else {
    FileHandle.standardError.write(Data("usage: districtgen BOUNDARIES.geojson NAME_PROPERTY TATORTER.osm OUT.osm [--seed N] [--scale F] [--without-address SHARE]\n".utf8))
    exit(64)
}
do {
    let municipalities = try BoundaryFile.read(path: arguments[0], nameProperty: arguments[1])
    let localities = try LocalityFile.read(path: arguments[2])
    let out = URL(fileURLWithPath: arguments[3])
    let truth = try DistrictGenerator.generate(municipalities: municipalities, localities: localities, options: options, to: out)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    try encoder.encode(truth).write(to: out.deletingPathExtension().appendingPathExtension("truth.json"))
    print("\(truth.households) households at \(truth.addresses) addresses in \(truth.associations.count) associations -> \(out.path)")
} catch {
    FileHandle.standardError.write(Data("districtgen: \(error)\n".utf8))
    exit(65)
}
