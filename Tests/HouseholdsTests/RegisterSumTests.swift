import Geometry
import Testing

@testable import Households

struct RegisterSumTests {
    let at = Coordinate(latitude: 59.38, longitude: 13.5)

    func row(_ line: Int, _ number: String, postcode: String? = nil, _ households: Int) -> RegisterRow {
        RegisterRow(line: line, address: Address(street: "Storgatan", houseNumber: number, postcode: postcode), coordinate: at, households: households)
    }

    @Test func twoRowsForOneAddressAddUp() {
        let (rows, merged) = RegisterSum.summed([row(2, "12 B", 12), row(3, "12b", 9), row(4, "14", 3)])
        #expect(rows.map(\.households) == [21, 3])
        #expect(rows.map(\.line) == [2, 4])
        #expect(merged == 1)
    }

    @Test func aRowWithoutPostcodeJoinsTheAddressesOnlyPostcode() {
        let (rows, merged) = RegisterSum.summed([row(2, "12", 1), row(3, "12", postcode: "652 24", 1), row(4, "12", postcode: "68130", 1)])
        // Two postcodes for Storgatan 12: the row without one cannot tell which, so it stays apart.
        #expect(rows.count == 3 && merged == 0)
        let (one, folded) = RegisterSum.summed([row(2, "12", 1), row(3, "12", postcode: "652 24", 1)])
        #expect(one.map(\.households) == [2] && folded == 1)
        #expect(one.first?.address?.postcode == "652 24")
    }

    @Test func rowsWithoutAddressAddUpAtOnePosition() {
        let bare = RegisterRow(line: 2, address: nil, coordinate: at, households: 1)
        let (rows, merged) = RegisterSum.summed([bare, bare, RegisterRow(line: 4, address: nil, coordinate: Coordinate(latitude: 59.39, longitude: 13.5), households: 1)])
        #expect(rows.map(\.households) == [2, 1] && merged == 1)
    }
}
