import Geometry

/// A street map drawn in text, read into positions and ways, so a test's drawing is the
/// test's data and the two cannot drift apart.
///
///     let sketch = try StreetSketch("""
///         A───────B
///         │   1
///         C═══════D
///         """, metersPerColumn: 12.5, metersPerRow: 50)
///
/// - Upper-case letters are junctions (and way ends); x grows east with the column, y north
///   with the rows upwards, the bottom row at y = 0, the first column at x = 0.
/// - `─ - │ |` are streets, `═ = ║` main roads (a motorway), `╌ ┆ .` footpaths; `/` and `\`
///   run diagonally. A line runs straight from a letter to the next letter.
/// - Digits `1`–`9` are doors (delivery points) where they stand.
public struct StreetSketch: Sendable {
    public enum Kind: Sendable, Equatable {
        case street, mainRoad, footpath

        /// The OSM tags a way of this kind has.
        public var tags: [String: String] {
            switch self {
            case .street: ["highway": "residential"]
            case .mainRoad: ["highway": "motorway"]
            case .footpath: ["highway": "footway"]
            }
        }
    }

    public struct Way: Sendable, Equatable {
        public var from: Character
        public var to: Character
        public var kind: Kind
    }

    public struct SketchError: Error, CustomStringConvertible {
        public var description: String
    }

    /// Junctions by letter.
    public let junctions: [Character: PlanarPoint]
    /// Doors by digit.
    public let doors: [Character: PlanarPoint]
    /// Ways in reading order (by their first letter's row, then column; east before south).
    public let ways: [Way]

    /// Nothing drawn: what a static sketch falls back to if its drawing does not read (the
    /// tests built on it then fail on an empty map).
    public static let empty = StreetSketch(junctions: [:], doors: [:], ways: [])

    private init(junctions: [Character: PlanarPoint], doors: [Character: PlanarPoint], ways: [Way]) {
        self.junctions = junctions
        self.doors = doors
        self.ways = ways
    }

    public init(_ drawing: String, metersPerColumn: Double, metersPerRow: Double) throws {
        let rows = drawing.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0) }
        let height = rows.count
        func at(_ r: Int, _ c: Int) -> Character? { r >= 0 && r < height && c >= 0 && c < rows[r].count ? rows[r][c] : nil }
        func point(_ r: Int, _ c: Int) -> PlanarPoint { PlanarPoint(x: Double(c) * metersPerColumn, y: Double(height - 1 - r) * metersPerRow) }
        var junctions: [Character: PlanarPoint] = [:]
        var doors: [Character: PlanarPoint] = [:]
        var ways: [Way] = []
        // East, south, south-west, south-east: each way is found once, from its first letter.
        let directions: [(dr: Int, dc: Int, lines: [Character: Kind])] = [
            (0, 1, ["─": .street, "-": .street, "═": .mainRoad, "=": .mainRoad, "╌": .footpath, ".": .footpath]),
            (1, 0, ["│": .street, "|": .street, "║": .mainRoad, "┆": .footpath]),
            (1, -1, ["/": .street]),
            (1, 1, ["\\": .street]),
        ]
        for (r, row) in rows.enumerated() {
            for (c, character) in row.enumerated() {
                if character.isUppercase {
                    guard junctions[character] == nil else { throw SketchError(description: "junction \(character) is drawn twice") }
                    junctions[character] = point(r, c)
                    for direction in directions {
                        guard let first = at(r + direction.dr, c + direction.dc), let kind = direction.lines[first] else { continue }
                        var (rr, cc) = (r + direction.dr, c + direction.dc)
                        while let next = at(rr, cc), direction.lines[next] == kind { (rr, cc) = (rr + direction.dr, cc + direction.dc) }
                        guard let end = at(rr, cc), end.isUppercase else {
                            throw SketchError(description: "the line from \(character) at row \(r + 1), column \(c + 1) ends in no letter")
                        }
                        ways.append(Way(from: character, to: end, kind: kind))
                    }
                } else if let digit = character.wholeNumberValue, (1...9).contains(digit) {
                    guard doors[character] == nil else { throw SketchError(description: "door \(character) is drawn twice") }
                    doors[character] = point(r, c)
                }
            }
        }
        self.junctions = junctions
        self.doors = doors
        self.ways = ways
    }

    /// The way's two ends, in metres.
    public func line(_ way: Way) -> [PlanarPoint] { [junctions[way.from], junctions[way.to]].compactMap { $0 } }

    /// The way between two letters, either way round.
    public func way(_ a: Character, _ b: Character) -> Way? { ways.first { Set([$0.from, $0.to]) == Set([a, b]) } }
}
