import CReadOSM
import Foundation

/// Streams an .osm (XML) or .osm.pbf file through libreadosm into a handler.
public enum OSMFileReader {
    /// - Parameter progress: called every 100,000 objects with the count so far.
    public static func read(path: String, into handler: OSMHandler, progress: ((Int) -> Void)? = nil) throws {
        let size = try fileSize(path)
        guard size > 0 else { throw OSMFileError(path: path, kind: .empty, position: "", detail: "the file is empty") }
        let lower = path.lowercased()
        guard lower.hasSuffix(".pbf") || lower.hasSuffix(".osm") else {
            throw OSMFileError(
                path: path, kind: .unsupportedSuffix, position: "",
                detail: "unsupported file type; expected .osm (XML) or .osm.pbf")
        }

        var handle: UnsafeRawPointer?
        defer { readosm_close(handle) }
        // returns READOSM_OK on success, otherwise an error code
        let opened = readosm_open(path, &handle)
        guard opened == READOSM_OK else {
            throw OSMFileError(path: path, kind: .unreadable, position: "", detail: "cannot open (readosm code \(opened))")
        }

        let session = Session(handler: handler, progress: progress)
        let result = readosm_parse(
            handle, Unmanaged.passUnretained(session).toOpaque(),
            { data, node in
                guard let n = node?.pointee else { return READOSM_OK }
                return Session.from(data).receive(.node, n.id) {
                    try $0.node(OSMNode(id: n.id, latitude: n.latitude, longitude: n.longitude, tags: OSMTags(n.tags, n.tag_count)))
                }
            },
            { data, way in
                guard let w = way?.pointee else { return READOSM_OK }
                let refs = UnsafeBufferPointer(start: w.node_refs, count: w.node_refs == nil ? 0 : Int(w.node_ref_count))
                return Session.from(data).receive(.way, w.id) {
                    try $0.way(OSMWay(id: w.id, nodeIDs: refs, tags: OSMTags(w.tags, w.tag_count)))
                }
            },
            { data, relation in
                guard let r = relation?.pointee else { return READOSM_OK }
                let count = r.members == nil ? 0 : Int(r.member_count)
                return Session.from(data).receive(.relation, r.id) {
                    try $0.relation(OSMRelation(id: r.id, tags: OSMTags(r.tags, r.tag_count), base: r.members, count: count))
                }
            })
        if let error = session.error { throw error }
        guard result == READOSM_OK else { throw describe(code: result, path: path, at: session.position) }
    }

    private static func fileSize(_ path: String) throws -> Int {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
            throw OSMFileError(path: path, kind: .missing, position: "", detail: "no such file")
        }
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        return (attributes?[.size] as? NSNumber)?.intValue ?? 0
    }

    private static func describe(code: Int32, path: String, at position: ReadPosition) -> OSMFileError {
        switch code {
        case READOSM_XML_ERROR:
            let (where_, what) = XMLErrorLocator.locate(path: path)
            return OSMFileError(path: path, kind: .malformedXML, position: where_ ?? position.description, detail: what)
        case READOSM_INVALID_PBF_HEADER, READOSM_UNZIP_ERROR, READOSM_READ_ERROR:
            let what = code == READOSM_UNZIP_ERROR ? "a compressed block does not inflate" : "the PBF data is truncated or corrupt"
            return OSMFileError(path: path, kind: .corruptPBF, position: position.description, detail: what)
        default:
            return OSMFileError(path: path, kind: .unreadable, position: position.description, detail: "readosm code \(code)")
        }
    }
}

/// The state one parse shares with libreadosm's C callbacks.
private final class Session {
    let handler: OSMHandler
    let progress: ((Int) -> Void)?
    var position = ReadPosition()
    var error: Error?

    init(handler: OSMHandler, progress: ((Int) -> Void)?) {
        self.handler = handler
        self.progress = progress
    }

    static func from(_ data: UnsafeRawPointer?) -> Session {
        // libreadosm hands back the pointer passed to readosm_parse unchanged
        Unmanaged<Session>.fromOpaque(UnsafeMutableRawPointer(mutating: data.unsafelyUnwrapped)).takeUnretainedValue()
    }

    func receive(_ type: OSMMemberType, _ id: Int64, _ body: (OSMHandler) throws -> Void) -> Int32 {
        do {
            try body(handler)
            position.objects += 1
            position.last = (type, id)
            if position.objects % 100_000 == 0 { progress?(position.objects) }
            return READOSM_OK
        } catch {
            self.error = error
            return READOSM_ABORT
        }
    }
}
