import Store
import Testing

@testable import UtdelningKit

/// Another command's write between an action's read and its write: worked again once, then
/// refused as busy (exit 74), in one line.
struct ChangedMeanwhileTests {
    let changed = StoreError(path: "u.sqlite", kind: .changed)

    @Test func oneChangeIsWorkedFromAgain() throws {
        var runs = 0
        let result = try workingFromOneSnapshot { () throws -> Int in
            runs += 1
            if runs == 1 { throw changed }
            return runs
        }
        #expect(result == 2)
    }

    @Test func aSecondChangeInARowIsRefusedAsBusy() throws {
        var runs = 0
        let error = try #require(throws: StoreError.self) {
            try workingFromOneSnapshot { () throws -> Int in
                runs += 1
                throw changed
            }
        }
        #expect(runs == 2)
        let user = UserError(error)
        #expect(user.kind == .databaseBusy)
        #expect(!user.message.contains("\n") && user.message.contains("nothing was written; run it again"))
    }
}
