import Vocabulary

/// One area's sheet as values: what the volunteer reads and the map they walk by.
public struct AreaSheet: Sendable {
    public struct Row: Sendable, Equatable {
        /// Where a stop stands when the sheet is printed.
        public enum State: Sendable, Equatable {
            /// To deliver: a tick box.
            case open
            /// Already delivered (a reprint): the box is ticked.
            case delivered
            /// Not to visit (refused, or gone): no box.
            case closed
        }

        public var address: String
        public var papers: Int
        public var note: String
        public var state: State

        public init(address: String, papers: Int, note: String, state: State = .open) {
            self.address = address
            self.papers = papers
            self.note = note
            self.state = state
        }
    }

    public var district: String
    public var association: String
    public var areaID: AreaID
    /// The version of its stops: reports by stop number name it.
    public var version: Int
    /// The area's biggest streets, "Storgatan, Kyrkvägen m.fl.".
    public var name: String
    /// A name only, never contact details: the sheet is shared.
    public var volunteer: String?
    public var modeWords: String
    public var households: Int
    public var time: Minutes
    public var length: Meters
    /// The first stop's address.
    public var start: String
    /// "Storgatan 1–23 udda, 2–18 jämna", in walking order.
    public var streetSummary: [String]
    /// The stops in walking order; stop k is rows[k - 1].
    public var rows: [Row]
    public var map: MapScene
    public var reportURL: String?

    public var papers: Int { rows.reduce(0) { $0 + $1.papers } }

    public init(
        district: String, association: String, areaID: AreaID, version: Int, name: String, volunteer: String?, modeWords: String, households: Int,
        time: Minutes, length: Meters, start: String, streetSummary: [String], rows: [Row], map: MapScene, reportURL: String?
    ) {
        self.district = district
        self.association = association
        self.areaID = areaID
        self.version = version
        self.name = name
        self.volunteer = volunteer
        self.modeWords = modeWords
        self.households = households
        self.time = time
        self.length = length
        self.start = start
        self.streetSummary = streetSummary
        self.rows = rows
        self.map = map
        self.reportURL = reportURL
    }
}
