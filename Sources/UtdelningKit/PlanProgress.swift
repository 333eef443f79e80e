/// How far a plan has come, for a page that shows it as it runs: the district read, then
/// each association cut (two at a time on two cores), then the plan written.
public enum PlanStep: Sendable, Equatable {
    /// An association to cut, and how many delivery points it has to cut.
    public struct Association: Sendable, Equatable {
        public let name: String
        public let deliveryPoints: Int
    }

    case reading
    /// The associations to cut, in the order they will start (the largest first).
    case toCut([Association])
    case planning(association: String, deliveryPoints: Int)
    case planned(association: String, areas: Int)
    case writing
}

/// Called from the threads the plan runs on.
public typealias PlanProgress = @Sendable (PlanStep) -> Void
