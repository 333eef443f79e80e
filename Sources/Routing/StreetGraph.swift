import Geometry

/// A line of the map as Routing sees it: positions and the tags that decide walkability.
public struct WayInput: Sendable {
    public var coordinates: [Coordinate]
    public var tags: [String: String]

    public init(coordinates: [Coordinate], tags: [String: String]) {
        self.coordinates = coordinates
        self.tags = tags
    }
}

/// The walkable street network in compact arrays (compressed sparse rows): node
/// positions, and for each node the range of its outgoing edges, each edge a
/// target and a length. Undirected: every segment is stored in both directions.
/// Ways meet where they share a position (OSM's shared nodes have identical coordinates).
public struct StreetGraph: Sendable {
    public let nodes: [Coordinate]
    /// Edges of node i are `edgeStart[i]..<edgeStart[i + 1]`.
    let edgeStart: [Int32]
    let edgeTarget: [Int32]
    let edgeMeters: [Double]
    /// The segment each edge runs along: a node's segments without a table of its own,
    /// which every association of a region built afresh over millions of nodes.
    let edgeSegment: [Int32]
    /// Segments once each, for snapping: node pair, length and the street's name.
    public let segments: [Segment]
    public let names: [String]
    /// Each node's connected piece of the network: a search need not look for what
    /// lies in another (it would search its whole piece, or up to its limit, in vain).
    let component: [Int32]

    /// A junction or bend of the streets: an index into `nodes`, in the 32 bits the
    /// edge arrays keep it in (a region has millions).
    public struct Node: Sendable, Hashable, Comparable {
        let raw: Int32

        init(raw: Int32) { self.raw = raw }
        public init(_ index: Int) { raw = Int32(index) }

        public var index: Int { Int(raw) }
        public static func < (lhs: Node, rhs: Node) -> Bool { lhs.raw < rhs.raw }
    }

    public struct Segment: Sendable, Hashable {
        public let from: Node
        public let to: Node
        public let meters: Double
        /// Index into `names`, or -1 for an unnamed way.
        public let name: Int32
    }

    public var nodeCount: Int { nodes.count }

    public func edges(of node: Node) -> Range<Int> {
        Int(edgeStart[node.index])..<Int(edgeStart[node.index + 1])
    }

    public func target(_ edge: Int) -> Node { Node(raw: edgeTarget[edge]) }

    public func coordinate(of node: Node) -> Coordinate { nodes[node.index] }

    /// Which connected piece of the network the node lies in.
    public func piece(of node: Node) -> Int32 { component[node.index] }

    /// Where a snapped point lies on its segment.
    public func coordinate(of snap: Snap) -> Coordinate {
        let s = segments[snap.segment]
        let a = coordinate(of: s.from)
        let b = coordinate(of: s.to)
        return Coordinate(
            latitude: a.latitude + (b.latitude - a.latitude) * snap.fraction, longitude: a.longitude + (b.longitude - a.longitude) * snap.fraction)
    }
    public func meters(_ edge: Int) -> Double { edgeMeters[edge] }

    /// The index in `segments` of the segment an edge runs along.
    public func segment(ofEdge edge: Int) -> Int { Int(edgeSegment[edge]) }

    public static func build(ways: [WayInput], profile: WalkingProfile) -> StreetGraph {
        struct Key: Hashable {
            let latitude: Int64
            let longitude: Int64
        }
        var index: [Key: Node] = [:]
        var nodes: [Coordinate] = []
        var names: [String] = []
        var nameIndex: [String: Int32] = [:]
        var segments: [Segment] = []
        func node(_ c: Coordinate) -> Node {
            let key = Key(latitude: Int64((c.latitude * 1e7).rounded()), longitude: Int64((c.longitude * 1e7).rounded()))
            if let existing = index[key] { return existing }
            let id = Node(nodes.count)
            nodes.append(c)
            index[key] = id
            return id
        }
        for way in ways where profile.isWalkable(way.tags) {
            var name: Int32 = -1
            if let text = way.tags["name"] {
                if let known = nameIndex[text] {
                    name = known
                } else {
                    name = Int32(names.count)
                    names.append(text)
                    nameIndex[text] = name
                }
            }
            for (a, b) in zip(way.coordinates, way.coordinates.dropFirst()) {
                let from = node(a)
                let to = node(b)
                guard from != to else { continue }
                segments.append(Segment(from: from, to: to, meters: greatCircleMeters(a, b), name: name))
            }
        }
        var degree = [Int32](repeating: 0, count: nodes.count + 1)
        for s in segments {
            degree[s.from.index + 1] += 1
            degree[s.to.index + 1] += 1
        }
        for i in 0..<nodes.count { degree[i + 1] += degree[i] }
        var fill = degree
        var targets = [Int32](repeating: 0, count: segments.count * 2)
        var meters = [Double](repeating: 0, count: segments.count * 2)
        var along = [Int32](repeating: 0, count: segments.count * 2)
        for (i, s) in segments.enumerated() {
            for (u, v) in [(s.from, s.to), (s.to, s.from)] {
                let slot = Int(fill[u.index])
                targets[slot] = v.raw
                meters[slot] = s.meters
                along[slot] = Int32(i)
                fill[u.index] += 1
            }
        }
        return StreetGraph(
            nodes: nodes, edgeStart: degree, edgeTarget: targets, edgeMeters: meters, edgeSegment: along, segments: segments, names: names,
            component: components(nodeCount: nodes.count, edgeStart: degree, edgeTarget: targets))
    }

    /// Labels the connected pieces, numbered in order of their lowest node.
    private static func components(nodeCount: Int, edgeStart: [Int32], edgeTarget: [Int32]) -> [Int32] {
        var label = [Int32](repeating: -1, count: nodeCount)
        var stack: [Int32] = []
        var next: Int32 = 0
        for root in 0..<nodeCount where label[root] < 0 {
            label[root] = next
            stack.append(Int32(root))
            while let u = stack.popLast() {
                for edge in Int(edgeStart[Int(u)])..<Int(edgeStart[Int(u) + 1]) where label[Int(edgeTarget[edge])] < 0 {
                    label[Int(edgeTarget[edge])] = next
                    stack.append(edgeTarget[edge])
                }
            }
            next += 1
        }
        return label
    }
}
