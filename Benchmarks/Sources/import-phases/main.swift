import Foundation
import Households
import OSMFile
import UtdelningKit

/// Times each phase of `import osm` on one file: reading alone (libosmium, no-op handler), the extract
/// (parse + geometry + linking), and the whole import into a fresh database.
final class Discard: OSMHandler {
    var objects = 0
    func node(_ node: OSMNode) throws { objects += 1 }
    func way(_ way: OSMWay) throws { objects += 1 }
    func relation(_ relation: OSMRelation) throws { objects += 1 }
}

func median(_ runs: Int, _ body: () throws -> Void) rethrows -> Double {
    var seconds: [Double] = []
    for _ in 0..<runs {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        seconds.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    return seconds.sorted()[runs / 2]
}

let arguments = CommandLine.arguments.dropFirst()
guard let path = arguments.first else {
    print("usage: import-phases FILE.osm.pbf [RUNS]")
    exit(64)
}
let runs = arguments.dropFirst().first.flatMap { Int($0) } ?? 5
let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("import-phases-\(getpid())")
try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: scratch) }

let reading = try median(runs) { try OSMFileReader.read(path: path, into: Discard()) }
let extract = try median(runs) { _ = try OSMExtract.read(path: path) }
var run = 0
let whole = try median(runs) {
    run += 1
    let district = District(databasePath: scratch.appendingPathComponent("\(run).sqlite").path, config: try DistrictConfig.starter)
    _ = try district.importOSM(path: path)
}
print(String(format: "reading alone      %7.3f s", reading))
print(String(format: "extract            %7.3f s", extract))
print(String(format: "whole import       %7.3f s", whole))
