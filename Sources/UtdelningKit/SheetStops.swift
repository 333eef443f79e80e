import Planner
import Store
import Vocabulary

/// One version of an area's sheet, read only as far as a report needs it. A phone's tick
/// names one stop; reading all of a long area's stops for it was most of a tick's write.
struct SheetStops {
    let area: AreaID
    let version: Int
    /// How many stops the sheet has.
    let count: Int
    private let tx: StoreTransaction

    /// The sheet; it has no stops when the area never had that version.
    init(area: AreaID, version: Int, tx: StoreTransaction) throws {
        self.area = area
        self.version = version
        self.count = try tx.sheetStopCount(area: area, version: version)
        self.tx = tx
    }

    /// Stops `numbers` (stop 1 is the first), each within the sheet.
    func stops(_ numbers: ClosedRange<Int>) throws -> [PrintedStop] {
        try tx.sheetStops(area: area, version: version, numbers: numbers)
    }

    /// Every stop, in the printed order.
    func all() throws -> [PrintedStop] {
        count == 0 ? [] : try stops(1...count)
    }

    /// The number of the stop at the door `key`, if the sheet has it.
    func number(of key: PointKey) throws -> Int? {
        try tx.sheetStopNumber(area: area, version: version, pointKey: key)
    }
}
