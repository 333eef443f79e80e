import HummingbirdBcrypt

/// The one place passwords meet bcrypt (hummingbird-auth's): the rules a new password
/// follows, its hash, and the check at log-in. Both are slow by design.
public enum Password {
    /// 2^12 rounds: about a quarter of a second a check on one core.
    public static let defaultCost = 12
    /// bcrypt's own bounds; below 4 it refuses.
    static let costs = 4...31
    public static let minimumLength = 10
    static let maximumBytes = 72

    static func hash(_ password: String, cost: Int) throws -> String {
        guard costs.contains(cost) else { throw ArgumentError("the bcrypt cost is \(costs.lowerBound) to \(costs.upperBound), not \(cost)") }
        guard password.count >= minimumLength else {
            throw ArgumentError(password.isEmpty ? "no password given (one line on standard input)" : "a password has at least \(minimumLength) characters")
        }
        // bcrypt reads 72 bytes and no more: a longer password would hide that its tail counts for nothing.
        guard password.utf8.count <= maximumBytes else { throw ArgumentError("a password has at most \(maximumBytes) bytes (bcrypt reads no further)") }
        return Bcrypt.hash(password, cost: UInt8(cost))
    }

    static func verify(_ password: String, hash: String) -> Bool {
        Bcrypt.verify(password, hash: hash)
    }

    /// What an unknown name's password is checked against, at the default cost, so that a log-in
    /// for a name no one has takes as long as one with a wrong password. Made once, at first use.
    static let unknownUserHash = Bcrypt.hash(LinkToken.random().text, cost: UInt8(defaultCost))
}
