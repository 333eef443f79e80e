import Households
import Testing

@testable import UtdelningKit

/// What a person reads of an error stays readable whatever the file held.
struct UserErrorTests {
    /// A value quoted from a 10 MB line (found by Tests/Reliability/fuzz.py) is cut, with an
    /// ellipsis; each line of a message is cut on its own.
    @Test func aLineQuotingAHugeValueIsCut() {
        let huge = String(repeating: "9", count: 5_000_000)
        let error = UserError(InputFileError(path: "big.csv", position: "line 2", message: "date '\(huge)' is not YYYY-MM-DD"))
        #expect(error.kind == .badInput)
        #expect(error.message.count == UserError.longestLine + 1)
        #expect(error.message.hasPrefix("big.csv: line 2: date '999"))
        #expect(error.message.hasSuffix("9…"))
        let two = UserError(kind: .badInput, message: "short\n" + huge)
        #expect(two.message.split(separator: "\n").map(\.count) == [5, UserError.longestLine + 1])
    }
}
