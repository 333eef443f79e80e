import Foundation
import Testing
import Vocabulary

/// Units are types of their own: a target of 90 minutes is 5,400 seconds, never 90 of them.
struct UnitsTests {
    @Test func minutesAndSecondsConvertBothWays() {
        #expect(Minutes(90).seconds == Seconds(5400))
        #expect(Seconds(5400).minutes == Minutes(90))
        #expect(Minutes(hours: 1.5) == Minutes(90))
        #expect(Meters(2500).kilometers == 2.5)
    }

    @Test func measuresAddCompareAndScaleWithinTheirUnit() {
        let walk = Seconds(1200) + Seconds(300)
        #expect(walk == Seconds(1500))
        #expect(walk > Seconds(1499))
        #expect(walk * 2 == Seconds(3000))
        #expect(walk / Seconds(500) == 3)
        #expect([Meters(100), Meters(250)].total { $0 } == Meters(350))
    }

    @Test func aMeasureIsWrittenAsItsBareNumber() throws {
        struct Area: Codable { var time: Minutes; var length: Meters }
        let json = try JSONEncoder().encode(Area(time: Minutes(87.5), length: Meters(3200)))
        #expect(String(decoding: json, as: UTF8.self).contains("\"time\":87.5"))
        let back = try JSONDecoder().decode(Area.self, from: json)
        #expect(back.time == Minutes(87.5))
    }
}
