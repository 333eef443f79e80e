import CSV
import Foundation

/// A CSV file as Swedish spreadsheets and plain tools write it: `;`, `,` or tab
/// separated (guessed from the header line), UTF-8 with or without a byte-order
/// mark, a header row whose names are matched against aliases.
public struct CSVTable: Sendable {
    public struct Row: Sendable {
        /// 1-based line in the file (the header is line 1).
        public let line: Int
        let fields: [String]
    }

    public let path: String
    public let separator: Character
    public let header: [String]
    public let rows: [Row]
    /// The header's names folded for matching, once (a file can have millions of columns).
    private let folded: [String]

    /// More columns than any register or sheet has: a header line that is one cell repeated.
    public static let mostColumns = 1_000

    public init(path: String) throws {
        try self.init(path: path, data: try MissingFileError.contents(of: path))
    }

    public init(path: String, data: Data) throws {
        self.path = path
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard !bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) else {
            throw InputFileError(path: path, message: "the file is empty")
        }
        guard let text = String(data: bytes, encoding: .utf8) else {
            let line = Self.firstInvalidUTF8Line(bytes)
            throw InputFileError(path: path, position: "line \(line)", message: "not UTF-8 text (save the file as CSV UTF-8)")
        }
        let headerLine = text.prefix { $0 != "\n" && $0 != "\r\n" }
        separator = [";", "\t", ","].max { a, b in headerLine.filter { $0 == a }.count < headerLine.filter { $0 == b }.count } ?? ","
        guard let delimiter = separator.unicodeScalars.first else { throw InputFileError(path: path, message: "no separator") }
        let reader = try CSVReader(string: text, hasHeaderRow: false, trimFields: true, delimiter: delimiter)
        var all: [[String]] = []
        while let row = reader.next() { all.append(row) }
        guard let first = all.first else { throw InputFileError(path: path, message: "the file is empty") }
        guard first.count <= Self.mostColumns else {
            throw InputFileError(path: path, position: "line 1", message: "\(first.count) columns in the header; a table has at most \(Self.mostColumns)")
        }
        header = first
        folded = first.map(Self.fold)
        rows = all.enumerated().dropFirst().compactMap { index, fields in
            fields.allSatisfy(\.isEmpty) ? nil : Row(line: index + 1, fields: fields)
        }
    }

    /// Folds a header name for matching: case, spaces, hyphens and dots do not matter.
    static func fold(_ name: String) -> String {
        name.lowercased().trimmingCharacters(in: .whitespaces)
            .map { $0 == " " || $0 == "-" || $0 == "." ? "_" : $0 }.reduce(into: "") { $0.append($1) }
    }

    /// The index of the first column whose name is one of the aliases.
    public func column(_ aliases: [String]) -> Int? {
        let wanted = Set(aliases.map(Self.fold))
        return folded.firstIndex { wanted.contains($0) }
    }

    public func value(_ row: Row, _ column: Int?) -> String? {
        guard let column, column < row.fields.count else { return nil }
        let value = row.fields[column]
        return value.isEmpty ? nil : value
    }

    /// A decimal number written "59.38" or "59,38", with spaces or no-break spaces between
    /// the digits. Byte by byte, not by Foundation's replacingOccurrences or by character: a
    /// field can be a 10 MB line. (U+00A0 is C2 A0 in UTF-8, a pair no other character holds;
    /// a combining mark left anywhere makes the text no number, however it is counted.)
    public static func decimal(_ text: String) -> Double? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for byte in text.utf8 where byte != 0x20 {
            if byte == 0xA0, bytes.last == 0xC2 {
                bytes.removeLast()
            } else {
                bytes.append(byte)
            }
        }
        if let value = Double(String(decoding: bytes, as: UTF8.self)) { return value }
        guard bytes.lazy.filter({ $0 == UInt8(ascii: ",") }).count == 1, !bytes.contains(UInt8(ascii: ".")) else { return nil }
        return Double(String(decoding: bytes.map { $0 == UInt8(ascii: ",") ? UInt8(ascii: ".") : $0 }, as: UTF8.self))
    }

    private static func firstInvalidUTF8Line(_ bytes: Data) -> Int {
        var line = 1
        var start = bytes.startIndex
        for index in bytes.indices where bytes[index] == 0x0A {
            if String(data: bytes[start..<index], encoding: .utf8) == nil { return line }
            line += 1
            start = index + 1
        }
        return line
    }
}
