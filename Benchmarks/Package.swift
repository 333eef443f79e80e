// swift-tools-version:6.1
import PackageDescription

// Timings live here, never in unit tests. Run from this directory:
//   swift run -c release import-phases ../Maps/neubrandenburg.osm.pbf
// and ./import-vs-osmium.sh for the ratio against osmium in the same run.
let package = Package(
    name: "utdelning-benchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [.package(path: "..")],
    targets: [
        .executableTarget(
            name: "plan-quality",
            dependencies: [
                .product(name: "Households", package: "main"),
                .product(name: "Routing", package: "main"),
                .product(name: "Planner", package: "main"),
                .product(name: "DistrictGenerator", package: "main"),
            ]),
        .executableTarget(
            name: "tour-matrices",
            dependencies: [
                .product(name: "Households", package: "main"),
                .product(name: "Routing", package: "main"),
            ]),
        .executableTarget(
            name: "import-phases",
            dependencies: [
                .product(name: "UtdelningKit", package: "main"),
                .product(name: "Households", package: "main"),
                .product(name: "OSMFile", package: "main"),
            ]),
    ],
    swiftLanguageModes: [.v6]
)
