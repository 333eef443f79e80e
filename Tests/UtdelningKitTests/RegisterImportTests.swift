import Foundation
import GRDB
import Households
import TestSupport
import Testing

@testable import UtdelningKit

/// Register imports on the Malmö extract, as issue 14 met them.
extension ImportTests {
    struct MappedPoint {
        let key: String
        let street: String
        let number: String
        let latitude: Double
        let longitude: Double
        let households: Int
    }

    func mappedPoints(_ district: District, _ sql: String) throws -> [MappedPoint] {
        try DatabaseQueue(path: district.databasePath).read { db in
            try Row.fetchAll(db, sql: "SELECT key, street, houseNumber, latitude, longitude, households FROM deliveryPoint " + sql).map {
                MappedPoint(
                    key: $0["key"], street: $0["street"], number: $0["houseNumber"], latitude: $0["latitude"],
                    longitude: $0["longitude"], households: $0["households"])
            }
        }
    }

    @Test func newAddressesBesideEntrancesStayNewAndLeaveTheirCountsAlone() throws {
        let district = try district()
        _ = try district.importOSM(path: Fixtures.malmo)
        // The 99 biggest entrances, each with a new house 20 m north of it. (A home the map gives
        // no address is left out: a register row beside it is its address, and rightly takes it.)
        let big = try mappedPoints(district, "WHERE street <> '' AND withoutAddress IS NULL ORDER BY households DESC, key LIMIT 99")
        #expect(big.count == 99 && big.allSatisfy { $0.households > 1 })
        var csv = "gata;nummer;lat;lon;hushåll\n"
        for (i, p) in big.enumerated() { csv += "Neue Straße;\(900 + i);\(p.latitude + 0.00018);\(p.longitude);1\n" }
        let before = try district.householdSummary()

        let (report, _) = try district.importRegister(path: Fixtures.file("neu.csv", csv))
        #expect(report.matchedByAddress == 0 && report.matchedByPosition == 0)
        #expect(report.newPoints == 99)
        let after = try mappedPoints(district, "WHERE street <> '' AND withoutAddress IS NULL ORDER BY households DESC, key LIMIT 99")
        #expect(after.map(\.households) == big.map(\.households))
        #expect(try district.householdSummary().deliveryPoints == before.deliveryPoints + 99)
        #expect(try district.householdSummary().households == before.households + 99)
    }

    @Test func twoRowsForOneAddressAddUpAndMakeNoPhantomPoint() throws {
        let district = try district()
        _ = try district.importOSM(path: Fixtures.malmo)
        let p = try #require(try mappedPoints(district, "WHERE street <> '' ORDER BY key LIMIT 1").first)
        let csv = "gata;nummer;lat;lon;hushåll\n\(p.street);\(p.number);\(p.latitude);\(p.longitude);12\n"
            + "\(p.street.uppercased());\(p.number);\(p.latitude);\(p.longitude);9\n"
        let before = try district.householdSummary().deliveryPoints

        let (report, _) = try district.importRegister(path: Fixtures.file("dubbel.csv", csv))
        #expect(report.rows == 2 && report.mergedRows == 1)
        #expect(report.matchedByAddress == 1 && report.newPoints == 0)
        #expect(try mappedPoints(district, "WHERE key = '\(p.key)'").first?.households == 21)
        #expect(try district.householdSummary().deliveryPoints == before)
    }

    @Test func aRegisterWithOneRowPerFlatGivesTheNumberOfFlats() throws {
        let district = try district()
        _ = try district.importOSM(path: Fixtures.malmo)
        let points = try mappedPoints(district, "WHERE street <> '' ORDER BY key LIMIT 3")
        let flats = [7, 1, 40]
        var csv = "adress;lat;lon;hushåll\n"
        for (p, n) in zip(points, flats) {
            for _ in 0..<n { csv += "\(p.street) \(p.number);\(p.latitude);\(p.longitude);1\n" }
        }

        let (report, _) = try district.importRegister(path: Fixtures.file("lagenheter.csv", csv))
        #expect(report.rows == 48 && report.mergedRows == 45)
        #expect(report.matchedByAddress == 3 && report.newPoints == 0)
        let keys = points.map { "'\($0.key)'" }.joined(separator: ",")
        #expect(try mappedPoints(district, "WHERE key IN (\(keys)) ORDER BY key").map(\.households) == flats)
        #expect(try district.householdSummary().bySource.explicit == 48)
    }
}
