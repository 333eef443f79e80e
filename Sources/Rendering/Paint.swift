/// A colour with opacity, components 0…1.
public struct Paint: Sendable, Equatable {
    public var red: Double
    public var green: Double
    public var blue: Double
    public var alpha: Double

    public init(red: Double, green: Double, blue: Double, alpha: Double = 1) {
        self.red = red
        self.green = green
        self.blue = blue
        self.alpha = alpha
    }

    /// A grey: 0 is black, 1 white. Maps are drawn mostly in greys so they survive a black-and-white printer.
    public static func grey(_ level: Double, alpha: Double = 1) -> Paint { Paint(red: level, green: level, blue: level, alpha: alpha) }
    public static let black = grey(0)
    public static let white = grey(1)

    public func with(alpha: Double) -> Paint { Paint(red: red, green: green, blue: blue, alpha: alpha) }
}

/// A font as pango reads it ("DejaVu Sans Bold 9"): family, weight and size in points.
public struct Font: Sendable, Hashable {
    public var description: String

    public init(_ description: String) { self.description = description }

    public static func sans(_ points: Double, bold: Bool = false) -> Font {
        Font("DejaVu Sans\(bold ? " Bold" : "") \(points)")
    }

    public static func condensed(_ points: Double, bold: Bool = false) -> Font {
        Font("DejaVu Sans Condensed\(bold ? " Bold" : "") \(points)")
    }
}

/// A rectangle on paper, in millimetres from the page's top left.
public struct PaperRect: Sendable, Equatable {
    public var x: Double
    public var y: Double
    public var width: Double
    public var height: Double

    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    public var maxX: Double { x + width }
    public var maxY: Double { y + height }

    public func intersects(_ other: PaperRect) -> Bool {
        x < other.maxX && other.x < maxX && y < other.maxY && other.y < maxY
    }

    public func contains(x px: Double, y py: Double) -> Bool { px >= x && px <= maxX && py >= y && py <= maxY }

    public func inset(by margin: Double) -> PaperRect {
        PaperRect(x: x + margin, y: y + margin, width: width - 2 * margin, height: height - 2 * margin)
    }
}

/// A page size in millimetres.
public struct PaperSize: Sendable, Equatable {
    public var width: Double
    public var height: Double

    public init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    public static let a4Portrait = PaperSize(width: 210, height: 297)
    public static let a4Landscape = PaperSize(width: 297, height: 210)
}
