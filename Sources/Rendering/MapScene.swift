import Geometry
import Vocabulary

/// What one map shows, in metres on a local plane (x east, y north): the values the
/// map renderer draws, gathered by the caller from the store.
public struct MapScene: Sendable {
    /// Drawing order, bottom first.
    public enum StreetClass: Int, Sendable, Comparable, CaseIterable {
        case water, path, minor, major, railway

        public static func < (a: StreetClass, b: StreetClass) -> Bool { a.rawValue < b.rawValue }
    }

    public struct Street: Sendable {
        public var points: [PlanarPoint]
        public var streetClass: StreetClass
        public var name: String?

        public init(points: [PlanarPoint], streetClass: StreetClass, name: String?) {
            self.points = points
            self.streetClass = streetClass
            self.name = name
        }
    }

    /// How far delivery has come in an area; the district map colours areas by it.
    /// The raw values are the planner's area statuses.
    public enum Status: String, Sendable, CaseIterable {
        case planned, assigned
        case inProgress = "in-progress"
        case doneWithSkips = "done-with-skips"
        case delivered
    }

    public struct Area: Sendable {
        public enum Role: Sendable, Equatable {
            /// The area the sheet is for.
            case focus
            /// Drawn faintly, so the volunteer sees where theirs ends.
            case neighbour
            /// Filled by its delivery status (district and association maps).
            case status(Status)
        }

        public var id: AreaID
        public var label: String
        /// The area is the ground within `corridorMeters` of this line (its route).
        public var corridor: [PlanarPoint]
        public var corridorMeters: Double
        public var labelPoint: PlanarPoint
        public var role: Role

        public init(id: AreaID, label: String, corridor: [PlanarPoint], corridorMeters: Double, labelPoint: PlanarPoint, role: Role) {
            self.id = id
            self.label = label
            self.corridor = corridor
            self.corridorMeters = corridorMeters
            self.labelPoint = labelPoint
            self.role = role
        }
    }

    /// The walk: its line along the streets, and the doors in walking order (stop 1 first).
    public struct Route: Sendable {
        public var line: [PlanarPoint]
        public var stops: [PlanarPoint]

        public init(line: [PlanarPoint], stops: [PlanarPoint]) {
            self.line = line
            self.stops = stops
        }
    }

    public var view: PlanarBox
    public var streets: [Street]
    public var areas: [Area]
    public var route: Route?
    /// Street names labelled before any others (the streets of the area on the sheet).
    public var preferredNames: Set<String>

    public init(view: PlanarBox, streets: [Street], areas: [Area], route: Route? = nil, preferredNames: Set<String> = []) {
        self.view = view
        self.streets = streets
        self.areas = areas
        self.route = route
        self.preferredNames = preferredNames
    }
}

/// An axis-aligned box in metres.
public struct PlanarBox: Sendable, Equatable {
    public var minX: Double
    public var minY: Double
    public var maxX: Double
    public var maxY: Double

    public init(minX: Double, minY: Double, maxX: Double, maxY: Double) {
        self.minX = minX
        self.minY = minY
        self.maxX = maxX
        self.maxY = maxY
    }

    public init?<S: Sequence>(around points: S) where S.Element == PlanarPoint {
        var iterator = points.makeIterator()
        guard let first = iterator.next() else { return nil }
        self.init(minX: first.x, minY: first.y, maxX: first.x, maxY: first.y)
        while let p = iterator.next() {
            minX = min(minX, p.x)
            maxX = max(maxX, p.x)
            minY = min(minY, p.y)
            maxY = max(maxY, p.y)
        }
    }

    public var width: Double { maxX - minX }
    public var height: Double { maxY - minY }
    public var center: PlanarPoint { PlanarPoint(x: (minX + maxX) / 2, y: (minY + maxY) / 2) }

    public func intersects(_ other: PlanarBox) -> Bool {
        minX <= other.maxX && other.minX <= maxX && minY <= other.maxY && other.minY <= maxY
    }

    public func expanded(by meters: Double) -> PlanarBox {
        PlanarBox(minX: minX - meters, minY: minY - meters, maxX: maxX + meters, maxY: maxY + meters)
    }

    /// Widened on one side so that it has the frame's proportions, keeping its centre.
    public func fitted(toAspect widthOverHeight: Double) -> PlanarBox {
        let c = center
        var w = max(width, 1)
        var h = max(height, 1)
        if w / h < widthOverHeight { w = h * widthOverHeight } else { h = w / widthOverHeight }
        return PlanarBox(minX: c.x - w / 2, minY: c.y - h / 2, maxX: c.x + w / 2, maxY: c.y + h / 2)
    }
}
