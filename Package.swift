// swift-tools-version:6.1
import PackageDescription

// Layers, bottom to top (the compiler enforces the direction):
//   CGEOS, CMETIS          system C libraries
//   COSMium                libosmium (header-only C++) behind a plain C interface
//   Wording                how counts are written for people (12 345, 1 area)
//   Geometry, OSMFile      thin wrappers: GEOS values and handles; libosmium streaming
//   Households, Routing    domain algorithms over values (no storage, no files of ours)
//   Planner                plans over Households and Routing (no I/O)
//   CPangoCairo, CQRencode cairo + pango, libqrencode
//   Rendering              sheets and maps drawn from values (no store)
//   Store                  SQLite through GRDB: schema, migrations, records
//   UtdelningKit           the use cases the CLI and the server share; error kinds
//   TextReports            reports in the command line's words (the console shows them too)
//   Server                 the web app: phones, board, coordinator's console
//   utdelning              the command line and its presenters
let package = Package(
    name: "utdelning",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "utdelning", targets: ["utdelning"]),
        .library(name: "UtdelningKit", targets: ["UtdelningKit"]),
        .library(name: "Households", targets: ["Households"]),
        .library(name: "OSMFile", targets: ["OSMFile"]),
        .library(name: "Routing", targets: ["Routing"]),
        .library(name: "Planner", targets: ["Planner"]),
        .library(name: "DistrictGenerator", targets: ["DistrictGenerator"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/yaslab/CSV.swift", exact: "2.5.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", exact: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
        .package(url: "https://github.com/apple/swift-log", exact: "1.16.2"),
        .package(url: "https://github.com/apple/swift-crypto", exact: "3.12.3"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", exact: "2.5.0"),
        .package(url: "https://github.com/apple/swift-nio", exact: "2.101.3"),
        // A streaming multipart/form-data parser: uploads of tens of MB go to disk as they come.
        .package(url: "https://github.com/vapor/multipart-kit", exact: "4.7.1"),
        // A binary heap for the cutter's growth: the lightest area and each area's nearest neighbour.
        .package(url: "https://github.com/apple/swift-collections", exact: "1.6.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CGEOS", pkgConfig: "geos",
            providers: [.apt(["libgeos-dev"])]),
        .target(name: "Geometry", dependencies: ["CGEOS"]),
        // libosmium reads OSM XML (through Expat) and PBF (zlib), decoding PBF blocks on a
        // thread pool. It is C++; this one C++ file gives Swift `extern "C"` functions and
        // plain structs, so no Swift target needs C++ interop, and it catches every exception.
        // Debian: libosmium2-dev (brings libprotozero-dev), zlib1g-dev, libexpat1-dev.
        .target(
            name: "COSMium",
            linkerSettings: [.linkedLibrary("z"), .linkedLibrary("expat"), .linkedLibrary("pthread")]),
        // Counts as people read them, the same in the terminal, on sheets and in reports.
        .target(name: "Wording"),
        // Typed units and identifiers: where minutes meet seconds, or an area id a volunteer id.
        .target(name: "Vocabulary"),
        .target(name: "OSMFile", dependencies: ["COSMium", "Wording"]),
        .target(
            name: "Households",
            dependencies: ["Geometry", "OSMFile", "Vocabulary", .product(name: "CSV", package: "CSV.swift")]),
        .target(name: "Routing", dependencies: ["Geometry"]),
        // METIS has no pkg-config file in Debian; the header and library are on the default paths.
        .systemLibrary(name: "CMETIS", providers: [.apt(["libmetis-dev"])]),
        // rand() and srand() with a state per thread, in place of the C library's, which METIS
        // draws from: two partitions at once then draw what each drew alone.
        .target(name: "CThreadRandom"),
        .target(
            name: "Planner",
            dependencies: [
                "Households", "Routing", "Vocabulary", "CMETIS", "CThreadRandom", .product(name: "HeapModule", package: "swift-collections"),
            ]),
        .systemLibrary(
            name: "CPangoCairo", pkgConfig: "pangocairo",
            providers: [.apt(["libcairo2-dev", "libpango1.0-dev"])]),
        .systemLibrary(
            name: "CQRencode", pkgConfig: "libqrencode",
            providers: [.apt(["libqrencode-dev"])]),
        // Drawing: sheets, maps and the print-ready pages, from plain values (no store).
        .target(name: "Rendering", dependencies: ["Geometry", "Vocabulary", "CPangoCairo", "CQRencode", "Wording"]),
        .target(
            name: "Store",
            dependencies: ["Households", "Planner", "Vocabulary", .product(name: "GRDB", package: "GRDB.swift"), .product(name: "GRDBSQLite", package: "GRDB.swift")]),
        .target(
            name: "UtdelningKit",
            dependencies: ["Households", "Routing", "Planner", "Store", "Geometry", "Rendering", "Wording", "Vocabulary", "Yams",
                .product(name: "Crypto", package: "swift-crypto"),
                // bcrypt alone (a C file and a Swift enum), for the accounts' passwords.
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
            ]),
        // Reports in the command line's words, which the console shows too.
        .target(name: "TextReports", dependencies: ["UtdelningKit", "Households", "Planner", "Wording", "Vocabulary"]),
        // The web server: volunteers' phone pages and the board's dashboard over the same use cases as the command line.
        .target(
            name: "Server",
            dependencies: [
                "UtdelningKit", "TextReports", "Store", "Households", "Planner", "Geometry", "Rendering", "Vocabulary", "Wording",
                .product(name: "MultipartKit", package: "multipart-kit"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "HummingbirdAuth", package: "hummingbird-auth"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                // The thread pool bcrypt runs on, off the event loops and Swift's own threads.
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
            ]),
        // Synthetic districts with ground truth, for tests and benchmarks at scale.
        .target(name: "DistrictGenerator", dependencies: ["Geometry", "Households", "OSMFile"]),
        .executableTarget(name: "districtgen", dependencies: ["DistrictGenerator", "Households"]),
        .executableTarget(
            name: "utdelning",
            dependencies: [
                "UtdelningKit", "TextReports", "Server", "Households", "Planner", "Store", "Rendering", "Wording", "Vocabulary", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .target(name: "TestSupport", dependencies: ["Geometry", .product(name: "GRDB", package: "GRDB.swift")], path: "Tests/TestSupport"),
        .testTarget(name: "WordingTests", dependencies: ["Wording"]),
        .testTarget(name: "VocabularyTests", dependencies: ["Vocabulary"]),
        .testTarget(name: "GeometryTests", dependencies: ["Geometry"]),
        .testTarget(name: "OSMFileTests", dependencies: ["OSMFile", "TestSupport"]),
        .testTarget(name: "HouseholdsTests", dependencies: ["Households", "Geometry", "OSMFile", "Vocabulary", "TestSupport"]),
        .testTarget(name: "RoutingTests", dependencies: ["Routing", "TestSupport"]),
        .testTarget(name: "RenderingTests", dependencies: ["Rendering", "Geometry", "TestSupport"]),
        .testTarget(name: "DistrictGeneratorTests", dependencies: ["DistrictGenerator", "Households", "Planner", "Routing", "TestSupport"]),
        .testTarget(name: "PlannerTests", dependencies: ["Planner", "Households", "Geometry", "Vocabulary", "CThreadRandom"]),
        .testTarget(name: "StoreTests", dependencies: ["Store", "Households", "Planner", "Vocabulary", "TestSupport", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(
            name: "UtdelningKitTests",
            dependencies: [
                "UtdelningKit", "Store", "Households", "Geometry", "Planner", "DistrictGenerator", "Wording", "Vocabulary", "TestSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]),
        .testTarget(
            name: "ServerTests",
            dependencies: [
                "Server", "UtdelningKit", "Store", "Rendering", "Vocabulary", "TestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ]),
        .testTarget(
            name: "utdelningTests", dependencies: ["utdelning", "UtdelningKit", "Wording", "TestSupport", .product(name: "GRDB", package: "GRDB.swift")]),
    ],
    swiftLanguageModes: [.v6],
    // libosmium 2.19 needs C++14; COSMium is the only C++ target.
    cxxLanguageStandard: .cxx17
)
