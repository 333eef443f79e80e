import Foundation
import Households
import TestSupport
import Testing

@testable import DistrictGenerator

/// A generated district where a tenth of the homes carry no address, as in patchy Swedish maps.
struct DroppedAddressesTests {
    @Test func householdsPerMunicipalityStayWithinFivePercentAndTheDroppedHomesAreFoundAsHusUtanAdress() throws {
        var options = DistrictGenerator.Options()
        options.seed = 7
        options.withoutAddressShare = 0.1
        let boundaries = try DistrictGeneratorTests.kilAndGrums()
        let localities = try LocalityFile.read(path: Fixtures.shared("places/tatorter.osm"))
        let url = Fixtures.scratch().appendingPathComponent("district.osm")
        let truth = try DistrictGenerator.generate(municipalities: boundaries, localities: localities, options: options, to: url)
        let dropped = try #require(truth.buildingsWithoutAddress)
        #expect(dropped > 100)

        // No totals imported: the map alone.
        let extract = try OSMExtract.read(path: url.path)
        // All but the odd farm that the generator dropped at random onto a town's house with an
        // address (it keeps farms and towns apart nowhere): that farm has an address on it.
        #expect(extract.withoutAddress.points <= dropped && extract.withoutAddress.points >= dropped * 99 / 100)
        #expect(extract.withoutAddress.withoutStreet == 0)
        let found = extract.points.filter { $0.withoutAddress != nil }
        #expect(found.allSatisfy { ["building=house", "building=farm", "building=apartments"].contains($0.withoutAddress ?? "") })
        #expect(found.allSatisfy { $0.address.street.hasSuffix("gatan") || $0.address.street.hasSuffix("vägen") || $0.address.street.hasSuffix("landsväg") })

        let derived = try HouseholdDerivation(rules: HouseholdRules(), districtName: "test").derive(
            mapPoints: extract.points, buildings: extract.buildings, registerRows: [], boundaries: boundaries)
        let foundHouseholds = found.reduce(0) { $0 + (derived.counts[$1.key]?.households ?? 0) }
        let truthDropped = try #require(truth.householdsWithoutAddress)
        #expect(abs(Double(foundHouseholds - truthDropped)) / Double(truthDropped) < 0.05, "found \(foundHouseholds) of \(truthDropped)")
        for association in truth.associations {
            let counted = extract.points.filter { derived.associationOfPoint[$0.key] == association.name }
                .reduce(0) { $0 + (derived.counts[$1.key]?.households ?? 0) }
            let error = abs(Double(counted - association.households)) / Double(association.households)
            #expect(error < 0.05, "\(association.name): counted \(counted), truth \(association.households)")
        }
    }
}
