import Geometry

/// The polygon of one association (partiförening).
public struct Boundary: Hashable, Sendable {
    public var name: String
    public var shape: MultiPolygonShape

    public init(name: String, shape: MultiPolygonShape) {
        self.name = name
        self.shape = shape
    }
}
