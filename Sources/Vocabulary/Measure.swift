/// A quantity in one unit. Each unit is its own type, so seconds never pass for minutes
/// and a car's metres never pass for a walk's; conversions are spelled out.
public protocol Measure: Sendable, Hashable, Comparable, AdditiveArithmetic, Codable, CustomStringConvertible,
    ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral
{
    var value: Double { get }
    init(_ value: Double)
}

extension Measure {
    public static var zero: Self { Self(0) }
    /// A literal is in the unit its context names: `plan(targetMinutes: 60)`.
    public init(integerLiteral value: Int) { self.init(Double(value)) }
    public init(floatLiteral value: Double) { self.init(value) }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.value < rhs.value }
    public static func + (lhs: Self, rhs: Self) -> Self { Self(lhs.value + rhs.value) }
    public static func - (lhs: Self, rhs: Self) -> Self { Self(lhs.value - rhs.value) }
    public static func * (lhs: Self, factor: Double) -> Self { Self(lhs.value * factor) }
    public static func / (lhs: Self, divisor: Double) -> Self { Self(lhs.value / divisor) }
    /// How many times `rhs` fits in `lhs`.
    public static func / (lhs: Self, rhs: Self) -> Double { lhs.value / rhs.value }

    /// Written as the bare number, so JSON and the store keep their shape.
    public init(from decoder: Decoder) throws {
        self.init(try decoder.singleValueContainer().decode(Double.self))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }

    public var description: String { "\(value)" }
}

extension Sequence {
    /// The sum of a measure over the elements.
    public func total<M: Measure>(_ measure: (Element) -> M) -> M {
        reduce(M.zero) { $0 + measure($1) }
    }
}
