import CPangoCairo
import Foundation

/// A file being drawn: a PDF of many pages, or one SVG or PNG page. Pages are laid out in
/// millimetres; the document scales them to points (PDF, SVG) or pixels (PNG).
public final class Document {
    public enum Format: Sendable, Equatable {
        case pdf
        case svg
        case png(dotsPerInch: Double)

        /// The format a file name asks for, or nil.
        public static func of(path: String, pngDotsPerInch: Double = 150) -> Format? {
            switch (path as NSString).pathExtension.lowercased() {
            case "pdf": .pdf
            case "svg": .svg
            case "png": .png(dotsPerInch: pngDotsPerInch)
            default: nil
            }
        }
    }

    public struct Failure: Error, CustomStringConvertible {
        public let path: String
        public let message: String
        /// The file could not be written (no such folder, no permission, a full disk), as
        /// opposed to a document used wrongly, which is a fault of ours.
        public private(set) var cannotWrite = false
        public var description: String { "\(path): \(message)" }

        init(path: String, message: String, cannotWrite: Bool = false) {
            self.path = path
            self.message = message
            self.cannotWrite = cannotWrite
        }

        init(path: String, status: cairo_status_t) {
            self.init(path: path, message: "cannot write the file (\(String(cString: cairo_status_to_string(status))))")
            cannotWrite = status == CAIRO_STATUS_WRITE_ERROR
        }
    }

    let path: String
    /// Where cairo writes until the document is whole: beside `path`, renamed to it by
    /// `close()`, removed if the document fails or is dropped unclosed. A full disk leaves
    /// no empty or cut-off file under the name (issue 17).
    let partial: String
    private var renamed = false
    let format: Format
    private var surface: OpaquePointer?
    private var pageCount = 0
    /// Pages drawn so far.
    public var pages: Int { pageCount }
    private var firstSize: PaperSize

    private static let pointsPerMillimeter = 72 / 25.4

    /// - Parameter title: PDF metadata. The creation date is cairo's (the time of drawing),
    ///   the only part of a PDF that differs between two drawings of the same plan.
    public init(path: String, format: Format, firstPage: PaperSize, title: String? = nil) throws {
        self.path = path
        let url = URL(fileURLWithPath: path)
        partial = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).partial").path
        self.format = format
        firstSize = firstPage
        let width = firstPage.width * Self.pointsPerMillimeter
        let height = firstPage.height * Self.pointsPerMillimeter
        switch format {
        case .pdf:
            surface = cairo_pdf_surface_create(partial, width, height)
            if let title { cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, title) }
            cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "utdelning")
        case .svg:
            surface = cairo_svg_surface_create(partial, width, height)
            cairo_svg_surface_set_document_unit(surface, CAIRO_SVG_UNIT_MM)
        case .png(let dotsPerInch):
            surface = cairo_image_surface_create(
                CAIRO_FORMAT_RGB24, Int32((firstPage.width / 25.4 * dotsPerInch).rounded()),
                Int32((firstPage.height / 25.4 * dotsPerInch).rounded()))
        }
        try check()
    }

    /// Starts a page and hands a canvas for it; the page ends when `body` returns.
    /// Only a PDF has more than one page, and only its pages may differ in size.
    public func page(size: PaperSize? = nil, _ body: (Canvas) throws -> Void) throws {
        guard let surface else { throw Failure(path: path, message: "the document is already closed") }
        let size = size ?? firstSize
        if format == .pdf {
            cairo_pdf_surface_set_size(surface, size.width * Self.pointsPerMillimeter, size.height * Self.pointsPerMillimeter)
        } else if pageCount > 0 {
            throw Failure(path: path, message: "an SVG or PNG file holds one page")
        }
        let scale: Double
        if case .png(let dotsPerInch) = format { scale = dotsPerInch / 25.4 } else { scale = Self.pointsPerMillimeter }
        let canvas = Canvas(surface: surface, millimeterScale: scale, size: size)
        if case .png = format { canvas.fill(PaperRect(x: 0, y: 0, width: size.width, height: size.height), .white) }
        try body(canvas)
        canvas.finish()
        pageCount += 1
        try check()
    }

    /// Writes the file and releases the surface.
    public func close() throws {
        guard let surface else { return }
        defer {
            cairo_surface_destroy(surface)
            self.surface = nil
        }
        cairo_surface_flush(surface)
        if case .png = format {
            let status = cairo_surface_write_to_png(surface, partial)
            if status != CAIRO_STATUS_SUCCESS { throw Failure(path: path, status: status) }
        }
        cairo_surface_finish(surface)
        try check()
        guard rename(partial, path) == 0 else {
            throw Failure(path: path, message: "cannot write the file (\(String(cString: strerror(errno))))", cannotWrite: true)
        }
        renamed = true
    }

    deinit {
        if let surface { cairo_surface_destroy(surface) }
        if !renamed { unlink(partial) }
    }

    private func check() throws {
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else { throw Failure(path: path, status: status) }
    }
}
