import Testing

@testable import UtdelningKit

/// An association's sheet file stays in the output folder whatever its name (issue 17).
struct SheetFileNameTests {
    @Test func aNameNeverLeavesTheFolder() {
        #expect(District.fileName(association: "Karlstad") == "Karlstad.pdf")
        #expect(District.fileName(association: "../../etc/passwd") == "-..-etc-passwd.pdf")
        #expect(District.fileName(association: "..") == "-.pdf")
        #expect(District.fileName(association: ".dold") == "dold.pdf")
        #expect(District.fileName(association: "a\u{0}b\nc\\d:e") == "a-b-c-d-e.pdf")
        #expect(District.fileName(association: "<script>alert(1)</script> & Co") == "<script>alert(1)<-script> & Co.pdf")
    }

    @Test func aLongNameIsCutBetweenCharactersUnder255Bytes() {
        let long = String(repeating: "Förening 👨‍👩‍👧 \u{200F}", count: 30)
        let name = District.fileName(association: long)
        #expect(name.utf8.count <= 204)
        #expect(long.hasPrefix(String(name.dropLast(4))))
    }
}
