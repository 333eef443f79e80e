import Foundation
import TestSupport
import Testing

@testable import UtdelningKit

/// An association's sheet file stays in the output folder whatever its name, and is its own (issue 17).
@Suite(.serialized)
struct SheetFileNameTests {
    func file(_ association: String) -> String? { SheetFileName.unique([association])[association] }

    @Test func aNameNeverLeavesTheFolder() {
        #expect(file("Karlstad") == "Karlstad.pdf")
        #expect(file("../../etc/passwd") == "-..-etc-passwd.pdf")
        #expect(file("..") == "-.pdf")
        #expect(file(".dold") == "dold.pdf")
        #expect(file("a\u{0}b\nc\\d:e") == "a-b-c-d-e.pdf")
        #expect(file("<script>alert(1)</script> & Co") == "<script>alert(1)<-script> & Co.pdf")
    }

    @Test func aLongNameIsCutBetweenCharactersUnder255Bytes() throws {
        let long = String(repeating: "Förening 👨‍👩‍👧 \u{200F}", count: 30)
        let name = try #require(file(long))
        #expect(name.utf8.count <= 204)
        #expect(long.hasPrefix(String(name.dropLast(4))))
    }

    /// Names that meet once made safe: alike for 200 bytes, `/` against `-`, case alone.
    static let meeting = [
        String(repeating: "Föreningen ", count: 20) + "Norr", String(repeating: "Föreningen ", count: 20) + "Söder",
        "A/B", "A-B", "Norr", "norr", "Karlstad",
    ]

    @Test func namesThatWouldMeetGetATagOfTheirOwnAndOthersStayPlain() throws {
        let files = SheetFileName.unique(Self.meeting)
        #expect(Set(files.values.map { $0.lowercased() }).count == Self.meeting.count, "\(files)")
        #expect(files["Karlstad"] == "Karlstad.pdf")
        for (name, file) in files where name != "Karlstad" {
            #expect(file.hasSuffix(" (\(SheetFileName.tag(name))).pdf"), "\(file)")
            #expect(file.utf8.count <= 204)
        }
        // The same in every run, whatever the order; printing one alone names its file as printing all does.
        #expect(SheetFileName.unique(Self.meeting.reversed()) == files)
        // Pinned: a tag that changed between versions would rename files already printed from.
        #expect(SheetFileName.tag("A/B") == "5ac6d3f8")
    }

    @Test func aTagThatMeetsAnotherNameAsWrittenCountsOn() throws {
        let tagged = "A-B (\(SheetFileName.tag("A/B")))"
        let files = SheetFileName.unique(["A/B", "A-B", tagged])
        #expect(Set(files.values).count == 3, "\(files)")
        #expect(files[tagged] == tagged + ".pdf")
    }

    /// The regression: two associations whose names differ only after 200 bytes, and two by
    /// `/` against `-`, printed in one run: four files, none written over another.
    @Test func sheetsOfAssociationsWhoseNamesMeetAreEachWritten() throws {
        let common = String(repeating: "Föreningen ", count: 20)
        for (west, east) in [(common + "Väst", common + "Öst"), ("Väst/Öst", "Väst-Öst")] {
            let district = District(databasePath: Fixtures.scratch().appendingPathComponent("d.sqlite").path, config: try DistrictConfig.starter)
            _ = try district.importOSM(path: Fixtures.neubrandenburgWest)
            _ = try district.importBoundaries(
                path: Fixtures.file("associations.geojson", try AssociationSuccessionTests.boundaries(west: west, east: east)), nameProperty: "namn")
            _ = try district.plan(targetMinutes: 30)
            let directory = Fixtures.scratch().appendingPathComponent("sheets").path
            let report = try district.writeSheets(to: directory)
            #expect(Set(report.files.map(\.association)) == [west, east])
            #expect(Set(report.files.map(\.path)).count == 2)
            let written = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".pdf") }
            #expect(written.count == 2, "\(written)")
            #expect(report.files.map(\.areas).reduce(0, +) == (try district.areas().areas.count), "every area's sheet is in a file that stays")
        }
    }
}
