/// What happens to households outside every association's polygon: they are never dropped.
public enum OutsidePoints: Sendable, Equatable {
    /// They form an association of their own under this name ("utan förening"), planned,
    /// printed and counted like any other.
    case ownAssociation(String)
    /// Each goes to the association whose polygon lies nearest.
    case nearestAssociation

    public static let defaultName = "utan förening"

    /// The association they form, or nil where each goes to the nearest one.
    public var ownAssociation: String? {
        if case .ownAssociation(let name) = self { return name }
        return nil
    }
}
