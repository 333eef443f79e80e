import Foundation

/// Paths to the real data the tests run on, and scratch space.
public enum Fixtures {
    /// The repository's root (this file is Tests/TestSupport/Fixtures.swift).
    public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    public static func maps(_ name: String) -> String { root.appendingPathComponent("Maps/\(name)").path }
    /// `../shared/data/…`, beside the repository, as on every development machine and in CI.
    public static func shared(_ name: String) -> String { root.appendingPathComponent("../shared/data/\(name)").standardized.path }
    public static var neubrandenburg: String { maps("neubrandenburg.osm.pbf") }
    public static var malmo: String { shared("osm/malmo.osm") }
    public static var berlin: String { shared("osm/berlin-mitte.osm.pbf") }
    /// `Tests/Fixtures/…`: small cuts of real data (see the README there).
    public static func test(_ name: String) -> String { root.appendingPathComponent("Tests/Fixtures/\(name)").path }
    /// Two neighbouring extracts of Neubrandenburg's centre that overlap at their border.
    public static var neubrandenburgWest: String { test("neubrandenburg-west.osm.pbf") }
    public static var neubrandenburgEast: String { test("neubrandenburg-east.osm.pbf") }
    /// Weststadt and Oststadt (property `namn`), cut at 13.256° E across both extracts.
    public static var neubrandenburgCentre: String { test("neubrandenburg-centre.geojson") }
    /// Wedding, Berlin: shops, cafés and offices at most house doors (see Tests/Fixtures/README.md).
    public static var berlinWedding: String { test("berlin-wedding.osm.pbf") }

    /// A fresh directory that lives as long as the test process.
    public static func scratch(_ label: String = #function) -> URL {
        let safe = label.filter { $0.isLetter || $0.isNumber }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("utdelning-tests-\(getpid())/\(safe)-\(UUID().uuidString.prefix(8))")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Writes text to a file in a scratch directory and returns its path.
    public static func file(_ name: String, _ contents: String, in directory: URL = scratch()) -> String {
        let url = directory.appendingPathComponent(name)
        try? contents.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    public static func file(_ name: String, bytes: Data, in directory: URL = scratch()) -> String {
        let url = directory.appendingPathComponent(name)
        try? bytes.write(to: url)
        return url.path
    }

    /// Runs a program and returns its exit code, stdout and stderr.
    /// - Parameter input: what it reads on stdin, through a pipe; nil leaves stdin as it is.
    public static func run(_ executable: String, _ arguments: [String], cwd: URL? = nil, input: String? = nil) throws -> (code: Int32, out: String, err: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let cwd { process.currentDirectoryURL = cwd }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let stdin = Pipe()
        if input != nil { process.standardInput = stdin }
        try process.run()
        if let input {
            try stdin.fileHandleForWriting.write(contentsOf: Data(input.utf8))
            try stdin.fileHandleForWriting.close()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
    }

    /// The first of these paths that exists (for tools such as osmium).
    public static func tool(_ name: String) -> String? {
        ["/usr/bin/\(name)", "/usr/local/bin/\(name)"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
