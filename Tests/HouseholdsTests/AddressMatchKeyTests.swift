import Testing

@testable import Households

/// The match key folds ASCII byte by byte (a register's field can be a 10 MB line, and the
/// key is worked out several times an import); it must fold exactly as the scalar loop does.
struct AddressMatchKeyTests {
    private var samples: [String] {
        let ascii = (0..<128).map { String(UnicodeScalar(UInt8($0))) }
        return ascii.map { " 12\($0)B -\($0)\($0) " } + ascii.map { "Storgatan\($0)\r\n12 b" }
            + ["", "   ", "\t12 - B\r\n", "STORGATAN 12B", "Neutorstraße 30", "Åsgatan\u{00A0}3 a", "12\u{2003}B", "1\u{301}2 C", "Ölands väg 3-5"]
    }

    @Test func theASCIIFoldIsTheScalarFoldForEveryASCIICharacter() {
        for s in samples where s.unicodeScalars.allSatisfy(\.isASCII) {
            #expect(Address.foldASCII(s) == Address.foldScalars(s), "\(Array(s.unicodeScalars))")
        }
        #expect(Address.fold(" STORGATAN\t 12 B\r\n") == "storgatan 12 b")
        #expect(Address.fold(" Åsgatan\u{00A0}3 A ") == "åsgatan 3 a")
    }

    @Test func theNumberDropsWhiteSpaceAndHyphensAsCharactersDo() {
        for s in samples {
            let expected = Address.foldScalars(s).filter { !$0.isWhitespace && $0 != "-" }
            #expect(Address(street: "Gatan", houseNumber: s).matchKey.houseNumber == expected, "\(Array(s.unicodeScalars))")
        }
    }

    @Test func thePostcodeKeepsItsDigits() {
        for s in samples + ["652 24", "S-652 24", "６５２"] {
            let expected = s.filter(\.isNumber)
            #expect(Address(street: "Gatan", houseNumber: "1", postcode: s).matchKey.postcode == (expected.isEmpty ? nil : expected))
        }
    }

    @Test func aNumberOfAMillionDigitsIsKeptWhole() {
        let number = String(repeating: "9", count: 1_000_000)
        let key = Address(street: "  Neutorstraße ", houseNumber: number + " A", postcode: "17033").matchKey
        #expect(key.houseNumber == number + "a")
        #expect(key.street == "neutorstraße")
        #expect(key.postcode == "17033")
    }
}
