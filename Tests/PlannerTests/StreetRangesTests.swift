import Households
import Testing

@testable import Planner

struct StreetRangesTests {
    func address(_ street: String, _ number: String) -> Address { Address(street: street, houseNumber: number) }

    @Test func oddAndEvenSidesAreRangedSeparatelyInWalkingOrder() {
        let walk = [
            address("Storgatan", "1"), address("Storgatan", "3B"), address("Storgatan", "23"), address("Kyrkogatan", "4"),
            address("Storgatan", "2"), address("Storgatan", "18"), address("Kyrkogatan", "6"),
        ]
        #expect(StreetRanges.summary(walk) == ["Storgatan 1–23 (udda), 2–18 (jämna)", "Kyrkogatan 4–6 (jämna)"])
    }

    @Test func aSingleNumberAndNumbersWithoutDigitsStandAsTheyAre() {
        #expect(StreetRanges.summary([address("Åvägen", "7"), address("Gården", "Norra flygeln")]) == ["Åvägen 7 (udda)", "Gården Norra flygeln"])
    }

    @Test func anEnglishSheetNamesTheSidesInEnglish() {
        #expect(StreetRanges.summary([address("Storgatan", "1"), address("Storgatan", "4")], odd: "odd", even: "even") == ["Storgatan 1 (odd), 4 (even)"])
    }
}
