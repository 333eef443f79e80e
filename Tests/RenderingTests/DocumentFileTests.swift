import Foundation
import Testing

@testable import Rendering

/// A document takes its name only when whole: a full disk left 0-byte PDFs under the sheets'
/// names (issue 17).
struct DocumentFileTests {
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("document-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func theFileAppearsOnlyWhenClosed() throws {
        let folder = try Self.folder()
        let path = folder.appendingPathComponent("sheet.pdf").path
        let document = try Document(path: path, format: .pdf, firstPage: .a4Portrait, title: "t")
        try document.page { _ in }
        #expect(!FileManager.default.fileExists(atPath: path))
        try document.close()
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["sheet.pdf"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)).starts(with: Data("%PDF".utf8)))
    }

    @Test func aDocumentDroppedUnclosedLeavesNothing() throws {
        let folder = try Self.folder()
        do {
            let document = try Document(path: folder.appendingPathComponent("half.pdf").path, format: .pdf, firstPage: .a4Portrait)
            try document.page { _ in }
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }
}
