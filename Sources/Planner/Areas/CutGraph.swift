import Geometry

/// What the cutter sees: pieces with a work time, papers and a position, and which
/// pieces touch.
public struct CutGraph: Sendable {
    public var seconds: [Double]
    public var papers: [Int]
    public var centers: [PlanarPoint]
    /// Neighbours of each piece, ascending.
    public var adjacency: [[Int]]
    /// The neighbours of each piece across a welcome border, ascending, a subset of
    /// `adjacency`: a barrier between them (a main road, railway or river), or a long
    /// empty street that joins two pieces of streets.
    public var borderLinks: [[Int]]

    public init(seconds: [Double], papers: [Int], centers: [PlanarPoint], adjacency: [[Int]], borderLinks: [[Int]]? = nil) {
        self.seconds = seconds
        self.papers = papers
        self.centers = centers
        self.adjacency = adjacency
        self.borderLinks = borderLinks ?? Array(repeating: [], count: seconds.count)
    }

    public var count: Int { seconds.count }

    /// Pieces added after construction (graphs joined by hand) have no borders listed.
    public func isBorderLink(_ a: Int, _ b: Int) -> Bool {
        a < borderLinks.count && borderLinks[a].contains(b)
    }
}

/// Cuts delivery units into areas of about the target work time: each connected
/// piece of the unit graph gets k areas (its time ÷ the target, rounded, and enough
/// for the paper cap); k seeds far apart grow in turn, the lightest area first,
/// each taking the unassigned neighbour nearest its seed; then boundary units move
/// from heavier to lighter neighbours while that evens the two and leaves the
/// donor connected. Every unit ends in exactly one area, and every area is connected.
