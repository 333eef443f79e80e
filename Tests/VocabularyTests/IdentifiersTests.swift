import Foundation
import Testing
import Vocabulary

/// Identifiers keep their kind: an area and a volunteer may share a number, never a type.
struct IdentifiersTests {
    @Test func identifiersOrderAndPrintAsTheirNumber() {
        let areas: [AreaID] = [AreaID(12), 3, AreaID(rawValue: 105)]
        #expect(areas.sorted() == [3, 12, 105])
        #expect("Område \(AreaID(105))" == "Område 105")
    }

    @Test func anIdentifierIsWrittenAsItsBareNumber() throws {
        let json = try JSONEncoder().encode(["area": AreaID(7)])
        #expect(String(decoding: json, as: UTF8.self) == "{\"area\":7}")
        #expect(try JSONDecoder().decode([String: VolunteerID].self, from: json)["area"] == VolunteerID(7))
    }
}
