import Foundation
import Hummingbird
import MultipartKit
import NIOCore
import NIOPosix

/// Reads a posted multipart/form-data upload as it arrives: small fields into memory, the one
/// file part to disk in chunks written off the event loop. The form's token must come before
/// the file (the form puts it first), so nothing of a forged post is written.
enum UploadReceiver {
    /// An extract of a whole Swedish county is a few hundred MB.
    static let largestFileBytes = 2 << 30
    static let largestFieldBytes = 4_096
    static let chunkBytes = 1 << 20

    static func receive(_ request: Request, expectedToken: String) async throws -> Upload {
        guard let boundary = boundary(of: request.headers[.contentType] ?? "") else {
            throw UseCaseError(status: .badRequest, message: "not a file upload (multipart/form-data expected)")
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("utdelning-upload-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        do {
            return try await read(request.body, boundary: boundary, into: folder, expectedToken: expectedToken)
        } catch {
            try? FileManager.default.removeItem(at: folder)
            throw error
        }
    }

    private static func read(_ body: RequestBody, boundary: String, into folder: URL, expectedToken: String) async throws -> Upload {
        let parts = PartCollector()
        let parser = MultipartParser(boundary: boundary)
        parser.onHeader = { name, value in parts.header(name, value) }
        parser.onBody = { buffer in parts.body(&buffer) }
        parser.onPartComplete = { parts.partComplete() }
        var file: FileHandle?
        var fileName: String?
        var written = 0
        defer { try? file?.close() }
        for try await chunk in body {
            do { try parser.execute(chunk) } catch {
                throw UseCaseError(status: .badRequest, message: "the upload is cut short or not multipart/form-data")
            }
            if let problem = parts.problem { throw UseCaseError(status: .badRequest, message: problem) }
            if parts.fileStarted, file == nil {
                // The token first: a post without it writes nothing.
                guard let given = parts.fields["csrf"], FormToken.same(given, expectedToken) else {
                    throw UseCaseError(status: .forbidden, message: "the form is out of date; reload the page")
                }
                let name = Upload.safeName(parts.fileName ?? "")
                let url = folder.appendingPathComponent(name)
                guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
                    throw UseCaseError(status: .internalServerError, message: "cannot write the upload to the temporary folder")
                }
                file = try FileHandle(forWritingTo: url)
                fileName = name
            }
            if let handle = file, parts.pendingBytes >= chunkBytes || parts.fileEnded {
                written += try await flush(parts.takePending(), to: handle)
            }
            if written + parts.pendingBytes > largestFileBytes {
                throw UseCaseError(status: .contentTooLarge, message: "the file is larger than \(largestFileBytes >> 30) GB")
            }
        }
        guard parts.fileEnded || !parts.fileStarted else { throw UseCaseError(status: .badRequest, message: "the upload is cut short (the form's end never came)") }
        guard let handle = file, let fileName else {
            throw UseCaseError(status: .badRequest, message: "choose a file")
        }
        written += try await flush(parts.takePending(), to: handle)
        guard written > 0 else { throw UseCaseError(status: .badRequest, message: "\(fileName): the file is empty") }
        return Upload(folder: folder, fileName: fileName, bytes: written, fields: parts.fields)
    }

    private static func flush(_ data: Data, to handle: FileHandle) async throws -> Int {
        guard !data.isEmpty else { return 0 }
        try await NIOThreadPool.singleton.runIfActive { try handle.write(contentsOf: data) }
        return data.count
    }

    /// The boundary parameter of a multipart/form-data content type.
    static func boundary(of contentType: String) -> String? {
        let parts = contentType.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.first?.lowercased() == "multipart/form-data" else { return nil }
        for parameter in parts.dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1).map(String.init)
            guard pair.count == 2, pair[0].lowercased() == "boundary" else { continue }
            let value = pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            // RFC 2046: 1 to 70 characters; the parser needs at least one.
            return (1...70).contains(value.utf8.count) ? value : nil
        }
        return nil
    }
}

/// What the parser has given so far: fields, and the file's bytes not yet on disk.
private final class PartCollector {
    var fields: [String: String] = [:]
    var fileName: String?
    var fileStarted = false
    var fileEnded = false
    var problem: String?
    private var partName: String?
    private var partFile: String?
    private var fieldBytes: [UInt8] = []
    private var pending = Data()
    private var inFile = false

    var pendingBytes: Int { pending.count }

    func header(_ name: String, _ value: String) {
        guard name.lowercased() == "content-disposition" else { return }
        partName = Self.parameter("name", in: value)
        partFile = Self.parameter("filename", in: value)
        if partFile != nil {
            guard !fileStarted else { problem = "send one file at a time"; return }
            fileStarted = true
            inFile = true
            fileName = partFile
        }
    }

    func body(_ buffer: inout ByteBuffer) {
        if inFile {
            pending.append(contentsOf: buffer.readableBytesView)
        } else {
            fieldBytes += buffer.readableBytesView
            if fieldBytes.count > UploadReceiver.largestFieldBytes { problem = "a form field is too long" }
        }
        buffer.moveReaderIndex(to: buffer.writerIndex)
    }

    func partComplete() {
        if inFile {
            inFile = false
            fileEnded = true
        } else if let partName {
            fields[partName] = String(decoding: fieldBytes, as: UTF8.self)
        }
        partName = nil
        partFile = nil
        fieldBytes = []
    }

    func takePending() -> Data {
        defer { pending = Data() }
        return pending
    }

    /// `name="value"` in a Content-Disposition header; browsers escape a quote as %22.
    static func parameter(_ key: String, in header: String) -> String? {
        for part in header.split(separator: ";").map({ $0.trimmingCharacters(in: .whitespaces) }) {
            let pair = part.split(separator: "=", maxSplits: 1).map(String.init)
            guard pair.count == 2, pair[0].lowercased() == key else { continue }
            var value = pair[1]
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = String(value.dropFirst().dropLast()) }
            return value.replacingOccurrences(of: "%22", with: "\"")
        }
        return nil
    }
}
