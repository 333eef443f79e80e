import Testing

@testable import Rendering

struct StopLabelsTests {
    func size(_ text: String) -> (width: Double, height: Double) { (Double(text.count) * 1.4 + 1, 2.8) }
    let page = PaperRect(x: 0, y: 0, width: 200, height: 130)

    @Test func theEntrancesOfOneBlockShareALabelAndFarStopsGetTheirOwn() {
        let stops = [
            StopLabels.Point(x: 50, y: 50), StopLabels.Point(x: 51, y: 50), StopLabels.Point(x: 52, y: 50.5),  // one block
            StopLabels.Point(x: 90, y: 50), StopLabels.Point(x: 50.5, y: 50),  // away, then back: not consecutive
        ]
        let placed = StopLabels.place(stops: stops, size: size, bounds: page)
        #expect(placed.map(\.text) == ["1–3", "4", "5"])
        #expect(placed[0].anchors.count == 3)
    }

    @Test func crowdedLabelsMoveAsideInsteadOfCoveringEachOther() {
        // Twenty stops 3 mm apart in a row: too close for labels side by side, too far to share one.
        let stops = (0..<20).map { StopLabels.Point(x: 40 + Double($0) * 3, y: 60) }
        let placed = StopLabels.place(stops: stops, size: size, bounds: page)
        #expect(placed.count == 20)
        for (i, a) in placed.enumerated() {
            for b in placed[(i + 1)...] { #expect(!a.box.intersects(b.box), "\(a.text) covers \(b.text)") }
            #expect(a.box.x >= page.x && a.box.maxX <= page.maxX && a.box.y >= page.y && a.box.maxY <= page.maxY)
        }
        #expect(placed.contains { $0.displaced })
    }

    @Test func labelsKeepOffWhatIsAlreadyOnTheMap() {
        let street = PaperRect(x: 45, y: 45, width: 10, height: 10)
        let placed = StopLabels.place(stops: [StopLabels.Point(x: 50, y: 50)], size: size, bounds: page, taken: [street])
        #expect(!placed[0].box.intersects(street))
        #expect(placed[0].displaced)
    }
}
