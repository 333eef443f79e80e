import COSMium
import Foundation

/// Streams an .osm (XML) or .osm.pbf file through libosmium into a handler.
public enum OSMFileReader {
    /// - Parameter progress: called every 100,000 objects with the count so far.
    public static func read(path: String, into handler: OSMHandler, progress: ((Int) -> Void)? = nil) throws {
        let size = try fileSize(path)
        guard size > 0 else { throw OSMFileError(path: path, kind: .empty, position: "", detail: "the file is empty") }
        let lower = path.lowercased()
        let format: cosmium_format
        if lower.hasSuffix(".pbf") {
            format = COSMIUM_FORMAT_PBF
        } else if lower.hasSuffix(".osm") {
            format = COSMIUM_FORMAT_XML
        } else {
            throw OSMFileError(
                path: path, kind: .unsupportedSuffix, position: "",
                detail: "unsupported file type; expected .osm (XML) or .osm.pbf")
        }

        let session = Session(handler: handler, progress: progress)
        var result = cosmium_result()
        withExtendedLifetime(session) {
            var callbacks = cosmium_handler(
                context: Unmanaged.passUnretained(session).toOpaque(),
                node: { context, node in
                    guard let n = node?.pointee else { return 0 }
                    return Session.from(context).receive {
                        try $0.node(OSMNode(id: n.id, latitude: n.latitude, longitude: n.longitude, tags: OSMTags(n.tags, n.tag_count)))
                    }
                },
                way: { context, way in
                    guard let w = way?.pointee else { return 0 }
                    let nodeIDs = UnsafeBufferPointer(start: w.node_ids, count: w.node_ids == nil ? 0 : w.node_count)
                    return Session.from(context).receive {
                        try $0.way(OSMWay(id: w.id, nodeIDs: nodeIDs, tags: OSMTags(w.tags, w.tag_count)))
                    }
                },
                relation: { context, relation in
                    guard let r = relation?.pointee else { return 0 }
                    return Session.from(context).receive {
                        try $0.relation(OSMRelation(id: r.id, tags: OSMTags(r.tags, r.tag_count), base: r.members, count: r.member_count))
                    }
                },
                progress: { context, objects in Session.from(context).progress?(Int(objects)) },
                progress_interval: session.progress == nil ? 0 : 100_000)
            // cosmium_read catches every C++ exception and reports it in `result`
            cosmium_read(path, format, &callbacks, &result)
        }
        if let error = session.error { throw error }
        if let error = OSMFileError(result, path: path) { throw error }
    }

    private static func fileSize(_ path: String) throws -> Int {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
            throw OSMFileError(path: path, kind: .missing, position: "", detail: "no such file")
        }
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        return (attributes?[.size] as? NSNumber)?.intValue ?? 0
    }
}

/// The state one read shares with the shim's C callbacks.
private final class Session {
    let handler: OSMHandler
    let progress: ((Int) -> Void)?
    var error: Error?

    init(handler: OSMHandler, progress: ((Int) -> Void)?) {
        self.handler = handler
        self.progress = progress
    }

    static func from(_ context: UnsafeMutableRawPointer?) -> Session {
        // the shim hands back the context it was given, unchanged and never nil
        Unmanaged<Session>.fromOpaque(context.unsafelyUnwrapped).takeUnretainedValue()
    }

    /// Returns what the shim expects: 0 to go on, 1 to stop after a handler threw.
    func receive(_ body: (OSMHandler) throws -> Void) -> Int32 {
        do {
            try body(handler)
            return 0
        } catch {
            self.error = error
            return 1
        }
    }
}
