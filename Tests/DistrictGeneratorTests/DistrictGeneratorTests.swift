import Foundation
import Households
import Planner
import TestSupport
import Testing

@testable import DistrictGenerator

/// A generated district, imported as any map file is, against its ground truth.
@Suite(.serialized)
struct DistrictGeneratorTests {
    static func kilAndGrums() throws -> [Boundary] {
        try BoundaryFile.read(path: Fixtures.shared("boundaries/varmland-kommuner.geojson"), nameProperty: "kommun")
            .filter { $0.name == "Kil" || $0.name == "Grums" }
    }

    static func generate(seed: UInt64 = 7) throws -> (path: String, truth: GroundTruth) {
        var options = DistrictGenerator.Options()
        options.seed = seed
        let localities = try LocalityFile.read(path: Fixtures.shared("places/tatorter.osm"))
        let url = Fixtures.scratch().appendingPathComponent("district.osm")
        let truth = try DistrictGenerator.generate(municipalities: try kilAndGrums(), localities: localities, options: options, to: url)
        return (url.path, truth)
    }

    @Test func theImportFindsEveryGeneratedAddressAndAboutItsHouseholds() throws {
        let (path, truth) = try Self.generate()
        #expect(truth.associations.map(\.name) == ["Grums", "Kil"])
        #expect(truth.associations.allSatisfy { $0.towns > 0 && $0.households > 0 })
        let extract = try OSMExtract.read(path: path)
        #expect(extract.addressObjects == truth.addresses)
        #expect(extract.points.count + extract.skipped.count(.duplicateAddress) == truth.addresses)
        #expect(extract.skipped.count(.missingStreet) == 0)
        #expect(truth.associations.map(\.addresses).reduce(0, +) + truth.outsideAddresses == truth.addresses)

        let derived = try HouseholdDerivation(rules: HouseholdRules(), districtName: "test").derive(
            mapPoints: extract.points, buildings: extract.buildings, registerRows: [], boundaries: try Self.kilAndGrums())
        // The generator builds flats at 75 m² ± 15 %; some buildings carry building:flats.
        let apartments = try #require(derived.calibration.entries.first { $0.buildingType == "apartments" && $0.association == nil })
        #expect(abs(apartments.squareMetersPerDwelling - 75) < 5)
        for association in truth.associations {
            let counted = extract.points.filter { derived.associationOfPoint[$0.key] == association.name }
                .reduce(0) { $0 + (derived.counts[$1.key]?.households ?? 0) }
            let error = abs(Double(counted - association.households)) / Double(association.households)
            let points = extract.points.filter { derived.associationOfPoint[$0.key] == association.name }
            #expect(error < 0.05, "\(association.name): counted \(counted), truth \(association.households), points \(points.count) of \(association.addresses), dup \(extract.skipped.count(.duplicateAddress)), outside \(extract.points.count - derived.associationOfPoint.count)")
        }
    }

    /// The coarse polygon of Göteborg leaves out the Göta älv's mouth, where SCB's point for
    /// the city lies: the city is built inside its municipality, not left out.
    @Test func aCityWhosePointLiesJustOffTheCoarseCoastIsBuiltInsideItsMunicipality() throws {
        let goteborg = try BoundaryFile.read(path: Fixtures.shared("boundaries/vastra-gotaland-kommuner.geojson"), nameProperty: "kommun")
            .filter { $0.name == "Göteborg" }
        let localities = try LocalityFile.read(path: Fixtures.shared("places/tatorter.osm")).filter { $0.name == "Göteborg" || $0.name == "Kil" }
        let city = try #require(localities.first { $0.name == "Göteborg" })
        #expect(try AssociationAssigner(boundaries: goteborg).association(at: city.position) == nil)
        var options = DistrictGenerator.Options()
        options.scale = 0.02
        let url = Fixtures.scratch().appendingPathComponent("goteborg.osm")
        let truth = try DistrictGenerator.generate(municipalities: goteborg, localities: localities, options: options, to: url)
        #expect(truth.localitiesMovedInside == 1)
        // The places called Kil lie far away: no towns of Göteborg's.
        #expect(truth.localitiesOutside == localities.count - 1)
        let built = try #require(truth.associations.first)
        #expect(built.towns == 1 && built.households > 2_000)
        #expect(truth.outsideHouseholds * 20 < truth.households, "\(truth.outsideHouseholds) of \(truth.households) households outside")
    }

    @Test func theSameSeedGivesTheSameFile() throws {
        let a = try Data(contentsOf: URL(fileURLWithPath: try Self.generate(seed: 3).path))
        let b = try Data(contentsOf: URL(fileURLWithPath: try Self.generate(seed: 3).path))
        let c = try Data(contentsOf: URL(fileURLWithPath: try Self.generate(seed: 4).path))
        #expect(a == b)
        #expect(a != c)
    }
}
