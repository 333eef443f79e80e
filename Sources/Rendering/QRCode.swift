import CQRencode

/// A QR code's modules, from libqrencode.
public struct QRCode: Sendable, Equatable {
    /// Modules per side.
    public let size: Int
    /// Row by row; true is a dark module.
    public let dark: [Bool]

    /// Encodes `text` (8-bit, error correction M); nil when it cannot (too long).
    public init?(_ text: String) {
        guard let code = QRcode_encodeString8bit(text, 0, QR_ECLEVEL_M) else { return nil }
        defer { QRcode_free(code) }
        let width = Int(code.pointee.width)
        size = width
        // Bit 0 of each byte is the module's colour; the other bits describe its role.
        dark = (0..<(width * width)).map { code.pointee.data[$0] & 1 == 1 }
    }

    public func isDark(row: Int, column: Int) -> Bool { dark[row * size + column] }
}

extension Canvas {
    /// Draws the code in a square with the quiet zone of four modules the standard asks for.
    public func draw(_ code: QRCode, in square: PaperRect) {
        let module = min(square.width, square.height) / Double(code.size + 8)
        fill(square, .white)
        for row in 0..<code.size {
            var column = 0
            while column < code.size {
                guard code.isDark(row: row, column: column) else {
                    column += 1
                    continue
                }
                let start = column
                while column < code.size && code.isDark(row: row, column: column) { column += 1 }
                fill(PaperRect(
                    x: square.x + Double(start + 4) * module, y: square.y + Double(row + 4) * module,
                    width: Double(column - start) * module, height: module), .black)
            }
        }
    }
}
