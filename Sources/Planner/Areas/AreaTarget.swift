import Vocabulary

/// What one area is cut for: its work time, how far from it an area may come out, and the
/// papers one person carries. The one place that says whether an area is within tolerance.
public struct AreaTarget: Sendable, Equatable {
    /// Both kept as given, so a time read in either unit is compared without a round trip.
    public let minutes: Minutes
    public let seconds: Seconds
    /// Areas within this share of the target count as balanced.
    public let tolerance: Double
    public let maxPapers: Int

    public init(_ time: Minutes, tolerance: Double = 0.15, maxPapers: Int) {
        minutes = time
        seconds = time.seconds
        self.tolerance = tolerance
        self.maxPapers = maxPapers
    }

    public init(_ time: Seconds, tolerance: Double = 0.15, maxPapers: Int) {
        minutes = time.minutes
        seconds = time
        self.tolerance = tolerance
        self.maxPapers = maxPapers
    }

    public func isWithin(_ time: Seconds) -> Bool { abs(time.value - seconds.value) <= tolerance * seconds.value }

    public func isWithin(_ time: Minutes) -> Bool { abs(time.value - minutes.value) <= tolerance * minutes.value }

    /// The longest an area may take and still be within.
    public var longest: Seconds { seconds * (1 + tolerance) }
    public var longestMinutes: Minutes { minutes * (1 + tolerance) }
    /// The shortest an area may take and still be within.
    public var shortestMinutes: Minutes { minutes * (1 - tolerance) }

    /// A bag within the tolerance of full.
    public func isFullBag(papers: Int) -> Bool { Double(papers) >= (1 - tolerance) * Double(maxPapers) }

    /// What a stretch of work weighs when areas are cut: its time, or its papers' share of
    /// a full bag where papers fill the bag before the time is up (blocks of flats). Units
    /// adding up to the target then make an area within both the time and the paper cap.
    public func fullBag(_ time: Seconds, papers: Int) -> Seconds {
        max(time, (minutes * Double(papers)).seconds / Double(maxPapers))
    }
}
