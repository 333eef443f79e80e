/// A write the stored district does not allow, such as a plan for an association it lacks.
/// The use cases check first, so this is met only when another program changed the district
/// in between.
public struct StoreRefusal: Error, CustomStringConvertible, Sendable, Equatable {
    public let message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
