/// How far a plan has come, for a page that shows it as it runs: the district read, then
/// each association cut (two at a time on two cores), then the plan written.
public enum PlanStep: Sendable, Equatable {
    case reading
    case planning(association: String, deliveryPoints: Int)
    case planned(association: String, areas: Int)
    case writing
}

/// Called from the threads the plan runs on.
public typealias PlanProgress = @Sendable (PlanStep) -> Void
