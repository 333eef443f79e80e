/// What one area is cut for: its work time, how far from it an area may come out, and the
/// papers one person carries. The one place that says whether an area is within tolerance.
public struct AreaTarget: Sendable, Equatable {
    public let minutes: Double
    public let seconds: Double
    /// Areas within this share of the target count as balanced.
    public let tolerance: Double
    public let maxPapers: Int

    public init(minutes: Double, tolerance: Double = 0.15, maxPapers: Int) {
        self.minutes = minutes
        seconds = minutes * 60
        self.tolerance = tolerance
        self.maxPapers = maxPapers
    }

    public init(seconds: Double, tolerance: Double = 0.15, maxPapers: Int) {
        minutes = seconds / 60
        self.seconds = seconds
        self.tolerance = tolerance
        self.maxPapers = maxPapers
    }

    public func isWithin(seconds time: Double) -> Bool { abs(time - seconds) <= tolerance * seconds }

    public func isWithin(minutes time: Double) -> Bool { abs(time - minutes) <= tolerance * minutes }

    /// The longest an area may take and still be within.
    public var longestSeconds: Double { seconds * (1 + tolerance) }
    public var longestMinutes: Double { minutes * (1 + tolerance) }
    /// The shortest an area may take and still be within.
    public var shortestMinutes: Double { minutes * (1 - tolerance) }

    /// A bag within the tolerance of full.
    public func isFullBag(papers: Int) -> Bool { Double(papers) >= (1 - tolerance) * Double(maxPapers) }

    /// What a stretch of work weighs when areas are cut: its time, or its papers' share of
    /// a full bag where papers fill the bag before the time is up (blocks of flats). Units
    /// adding up to the target then make an area within both the time and the paper cap.
    public func fullBagSeconds(seconds time: Double, papers: Int) -> Double {
        max(time, Double(papers) * minutes * 60 / Double(maxPapers))
    }
}
